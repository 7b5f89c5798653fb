using System.Data.Common;
using DbSync.Migrations;
using DbSync.Versioning;

namespace DbSync.Dialects;

/// <summary>An open connection to one database, with the dialect's way of running a version step.</summary>
public abstract class DatabaseSession : IAsyncDisposable
{
    protected DatabaseSession(DbConnection connection)
    {
        Connection = connection;
    }

    public DbConnection Connection { get; }

    /// <summary>The user tables of the database (the version table included, system tables not).</summary>
    public abstract Task<IReadOnlyList<string>> GetTableNamesAsync(CancellationToken cancellationToken);

    /// <summary>Quotes an identifier for this database.</summary>
    public abstract string QuoteIdentifier(string name);

    /// <summary>
    /// A lock held for the whole run so concurrent runs take turns (MySQL's GET_LOCK). The default holds
    /// nothing: SQLite locks each step instead.
    /// </summary>
    public virtual Task<IAsyncDisposable> AcquireRunLockAsync(string repositoryId, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    /// <summary>
    /// Reads the current version under the dialect's lock, asks <paramref name="planNext"/> for the step from that
    /// version, and applies it together with its version-row update. Returns null, changing nothing, when
    /// <paramref name="planNext"/> says there is nothing left to do.
    /// </summary>
    public abstract Task<MigrationStep?> RunNextStepAsync(VersionTable versionTable, Func<long, MigrationStep?> planNext,
        IMigrationObserver observer, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets what the dialect recorded about a half-applied version of <paramref name="repositoryId"/> (MySQL's
    /// statement log), in the stamp's transaction: a stamp is the user saying where the schema is. Nothing by default.
    /// </summary>
    public virtual Task ForgetIncompleteVersionAsync(string repositoryId, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>A check of the schema before and after a migration (oslo.db's sanity check on MySQL); none by default.</summary>
    public virtual Task CheckSchemaSanityAsync(IReadOnlyCollection<string> ignoredTables, CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await DisposeCoreAsync().ConfigureAwait(false);
        await Connection.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    protected virtual ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
