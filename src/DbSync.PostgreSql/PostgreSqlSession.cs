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
    /// <summary>Milliseconds between two checks of the run lock during a run of versions that each run in a transaction.</summary>
    private const long LockCheckInterval = 1000;

    private PostgreSqlRunLock? _runLock;
    private long _lockCheckedAt = long.MinValue / 2;

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
        // Checked while the step runs, on the lock's own connection, and awaited before the version commits; at most
        // once a second, as a check per version was a second round trip per version. A version that runs in one
        // transaction does not need it to be applied once (its version-row update, a compare-and-swap, fails for the
        // second of two runs, and the transaction takes the rest back); a version that cannot run in one checks first.
        Task? lockCheck = null;
        if (_runLock != null && Environment.TickCount64 - _lockCheckedAt >= LockCheckInterval)
        {
            lockCheck = CheckRunLockAsync(cancellationToken);
        }

        return await PostgreSqlStepScope.BeginAsync(this, versionTable, lockCheck, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fails unless the run lock is still held by the server process that took it (a transaction-mode pooler breaks that).</summary>
    public Task CheckRunLockAsync(CancellationToken cancellationToken)
    {
        if (_runLock == null)
        {
            return Task.CompletedTask;
        }

        _lockCheckedAt = Environment.TickCount64;
        return _runLock.VerifyAsync(cancellationToken);
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
