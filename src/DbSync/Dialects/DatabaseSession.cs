using System.Data.Common;
using DbSync.Migrations;
using DbSync.Versioning;

namespace DbSync.Dialects;

/// <summary>
/// An open connection to one database and the narrow parts its dialect supplies to the engine: the table list,
/// identifier quoting, the scope a version step runs in, and, where the database has them, a run lock, a statement
/// log for resuming a half-applied version, and a schema sanity check. The engine owns the step loop.
/// </summary>
public abstract class DatabaseSession : IAsyncDisposable
{
    protected DatabaseSession(DbConnection connection)
    {
        Connection = connection;
    }

    public DbConnection Connection { get; }

    /// <summary>How long a run waits for another run's lock (the run lock, or SQLite's write lock) before giving up (DBS105).</summary>
    public TimeSpan LockTimeout { get; set; } = MigrationOptions.DefaultLockTimeout;

    /// <summary>
    /// How long a run lock that is a lease (MySQL/MariaDB on a Galera cluster) stays valid unless renewed; a killed run
    /// blocks the next ones at most this long (--lock-lease).
    /// </summary>
    public TimeSpan LockLease { get; set; } = MigrationOptions.DefaultLockLease;

    /// <summary>Where the dialect reports what the user should know while it works (waiting for a lock, a resumed version).</summary>
    public IMigrationObserver Observer { get; set; } = NullMigrationObserver.Instance;

    /// <summary>The lock a run holds from start to end, or null where each step locks on its own (SQLite's write transaction).</summary>
    public virtual IRunLock? RunLock => null;

    /// <summary>Where a half-applied version is recorded (MySQL, whose DDL commits on its own), or null.</summary>
    public virtual IIncompleteVersionLog? IncompleteVersions => null;

    /// <summary>The schema check before and after a migration (oslo.db's on MySQL), or null.</summary>
    public virtual ISchemaSanityCheck? SanityCheck => null;

    /// <summary>The user tables of the database (the version table included, system and DbSync's own tables not).</summary>
    public abstract Task<IReadOnlyList<string>> GetTableNamesAsync(CancellationToken cancellationToken);

    /// <summary>Quotes an identifier for this database.</summary>
    public abstract string QuoteIdentifier(string name);

    /// <summary>
    /// Opens the scope one version step runs in: SQLite's write transaction (<see cref="TransactionalStepScope"/>), or
    /// MySQL's statement-by-statement execution with a log to resume from.
    /// </summary>
    public abstract Task<IStepScope> BeginStepAsync(VersionTable versionTable, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="exception"/> is the database's (or the connection's) failure, rather than a bug.</summary>
    public virtual bool IsDatabaseFailure(Exception exception) => exception is DbException;

    /// <summary>The code of a failure of DbSync's own SQL: DBS105 where the database says another process holds a lock, else DBS113.</summary>
    public virtual string FailureCode(Exception exception) => Core.Errors.ErrorCodes.Database;

    /// <summary>What the database said, for a message: its text without anything DbSync sent along, never a password.</summary>
    public virtual string DescribeFailure(Exception exception) => exception.Message;

    public async ValueTask DisposeAsync()
    {
        await DisposeCoreAsync().ConfigureAwait(false);
        await Connection.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    protected virtual ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;
}
