using System.Data;
using System.Data.Common;
using DbSync.Core.Errors;
using DbSync.Data;
using DbSync.Dialects;
using DbSync.Migrations;
using DbSync.Migrations.Resumable;
using DbSync.PostgreSql.Driver;
using DbSync.Versioning;

namespace DbSync.PostgreSql;

/// <summary>
/// A PostgreSQL connection and the parts the engine needs from it: an advisory lock on a connection of its own as
/// the run lock, a step scope that runs each version in one transaction with its version row (or, for a version that
/// cannot run in a transaction, statement by statement), and the tables-without-a-primary-key advice. The schema is
/// the connection's current schema: the first existing one of its search_path.
/// </summary>
internal sealed class PostgreSqlSession : DatabaseSession, IRunLock, IIncompleteVersionLog, ISchemaSanityCheck
{
    private PostgreSqlRunLock? _runLock;

    public PostgreSqlSession(DbConnection connection, PostgreSqlConnectionSettings settings)
        : base(connection)
    {
        Settings = settings;
        ServerMajorVersion = PostgreSqlDriver.ServerMajorVersion(connection);
        Run = new ResumableRun(connection, new PostgreSqlProgressSql(ServerMajorVersion));
    }

    public PostgreSqlConnectionSettings Settings { get; }

    public int ServerMajorVersion { get; }

    /// <summary>What the versions of this run that cannot run in a transaction share: the progress table, the progress an earlier run left.</summary>
    public ResumableRun Run { get; }

    public override IRunLock RunLock => this;

    public override IIncompleteVersionLog IncompleteVersions => this;

    public override ISchemaSanityCheck SanityCheck => this;

    public override async Task<IReadOnlyList<string>> GetTableNamesAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await GuardAsync("reading the table list", async () => names = await Connection.ReadStringsAsync(
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
            + " AND c.relname NOT IN ('" + PostgreSqlProgressSql.TableName + "', '" + PostgreSqlHistorySql.TableName + "') ORDER BY c.relname", cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        return names;
    }

    public override string QuoteIdentifier(string name) => Schema.PostgreSqlIdentifiers.Quote(name);

    public override async Task<IStepScope> BeginStepAsync(VersionTable versionTable, CancellationToken cancellationToken)
    {
        // Checked while the step runs, on the lock's own connection, and awaited before the version commits.
        Task? lockCheck = _runLock?.VerifyAsync(cancellationToken);
        return await PostgreSqlStepScope.BeginAsync(this, versionTable, lockCheck, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A lost connection surfaces as the driver's I/O errors, or as a state error on a connection no longer open.</summary>
    public override bool IsDatabaseFailure(Exception exception) =>
        exception is DbException or IOException || (exception is InvalidOperationException && Connection.State != ConnectionState.Open);

    public override string DescribeFailure(Exception exception) => PostgreSqlDriver.Describe(exception);

    /// <summary>A lock not granted within lock_timeout is another process holding it (DBS105).</summary>
    public override string FailureCode(Exception exception) =>
        PostgreSqlDriver.SqlState(exception) == PostgreSqlDriver.LockNotAvailable ? Core.Errors.ErrorCodes.LockTimeout : Core.Errors.ErrorCodes.Database;

    async Task<IAsyncDisposable> IRunLock.AcquireAsync(string repositoryId, CancellationToken cancellationToken)
    {
        // Its own connection: the lock is a property of a server process, and this one lives as long as the run.
        DbConnection connection = await PostgreSqlConnectionOpener.OpenAsync(Settings, cancellationToken).ConfigureAwait(false);
        PostgreSqlRunLock? held = null;
        await GuardAsync("taking the run lock", async () =>
            held = await PostgreSqlRunLock.AcquireAsync(connection, repositoryId, LockTimeout, Observer, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        _runLock = held;
        return new ReleaseOnDispose(this, held!);
    }

    async Task<StepProgress?> IIncompleteVersionLog.ReadAsync(string repositoryId, CancellationToken cancellationToken)
    {
        StepProgress? progress = null;
        await GuardAsync("reading " + PostgreSqlProgressSql.TableName, async () =>
            progress = await Run.Sql.ReadAsync(Connection, repositoryId, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        return progress;
    }

    Task IIncompleteVersionLog.ForgetAsync(string repositoryId, DbTransaction transaction, CancellationToken cancellationToken) =>
        GuardAsync("clearing " + PostgreSqlProgressSql.TableName, async () =>
        {
            if (await PostgreSqlProgressSql.ExistsAsync(Connection, transaction, cancellationToken).ConfigureAwait(false))
            {
                await using DbCommand command = Connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = Run.Sql.ClearSql(repositoryId);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        });

    Task ISchemaSanityCheck.CheckAsync(IReadOnlyCollection<string> ignoredTables, CancellationToken cancellationToken) =>
        GuardAsync("looking for tables without a primary key", () => PostgreSqlSanityCheck.RunAsync(Connection, ignoredTables, Observer, cancellationToken));

    /// <summary>Runs DbSync's own SQL, turning a driver failure into a message that names what was being done.</summary>
    public async Task GuardAsync(string doing, Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            throw PostgreSqlFailure.Wrap("PostgreSQL server at " + Settings.Endpoint + ", " + doing, e);
        }
    }

    protected override async ValueTask DisposeCoreAsync()
    {
        if (_runLock != null)
        {
            await _runLock.DisposeAsync().ConfigureAwait(false);
            _runLock = null;
        }
    }

    /// <summary>Releases the run lock when the engine is done with it, and stops verifying it.</summary>
    private sealed class ReleaseOnDispose(PostgreSqlSession session, PostgreSqlRunLock held) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (session._runLock == held)
            {
                session._runLock = null;
            }

            await held.DisposeAsync().ConfigureAwait(false);
        }
    }
}
