using System.Data;
using System.Data.Common;
using DbSync.Core.Errors;
using DbSync.Data;
using DbSync.Dialects;
using DbSync.Migrations;
using DbSync.Migrations.Resumable;
using DbSync.MySql.Cluster;
using DbSync.Versioning;

namespace DbSync.MySql;

/// <summary>
/// A MySQL/MariaDB connection and the parts the engine needs from it: GET_LOCK as the run lock (a lease row on a
/// Galera node, where GET_LOCK is node-local: <see cref="MySqlLeaseLock"/>), the engine's
/// <see cref="ResumableStepScope"/> with MySQL's progress table (DDL commits on its own, so a version is resumed rather
/// than rolled back), and oslo.db's schema sanity check.
/// </summary>
internal sealed class MySqlSession : DatabaseSession, IRunLock, IIncompleteVersionLog, ISchemaSanityCheck
{
    private readonly DbConnection _connection;

    public MySqlSession(DbConnection connection, MySqlConnectionSettings settings, bool galera)
        : base(connection)
    {
        _connection = connection;
        Settings = settings;
        IsGalera = galera;
        _run = new ResumableRun(connection, MySqlProgressSql.Instance);
    }

    private readonly ResumableRun _run;

    /// <summary>The lease this run holds, where the run lock is one.</summary>
    private MySqlLeaseLock? _lease;

    public MySqlConnectionSettings Settings { get; }

    /// <summary>Whether the server is a Galera node (wsrep_on): the run lock is then a lease, and error 1213 may come from another node.</summary>
    public bool IsGalera { get; }

    /// <summary>Whether the run lock is the lease (a Galera node, or lock_mode=lease) rather than GET_LOCK.</summary>
    public bool UsesLease => IsGalera || Settings.LockMode == MySqlLockMode.Lease;

    /// <summary>DbSync's own tables beside the version table, which are no part of the schema.</summary>
    private static readonly string[] OwnTables = [MySqlProgressSql.TableName, MySqlHistorySql.TableName, LeaseTable.TableName];

    public override IRunLock RunLock => this;

    public override IIncompleteVersionLog IncompleteVersions => this;

    public override ISchemaSanityCheck SanityCheck => this;

    public override async Task<IReadOnlyList<string>> GetTableNamesAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await GuardAsync("reading the table list", async () => names = await _connection.ReadStringsAsync(
            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
            + " AND TABLE_NAME NOT IN ('" + string.Join("', '", OwnTables) + "') ORDER BY TABLE_NAME", cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        return names;
    }

    public override string QuoteIdentifier(string name) => Schema.MySqlDdl.Quote(name);

    public override Task<IStepScope> BeginStepAsync(VersionTable versionTable, CancellationToken cancellationToken)
    {
        // A lost lease stops the run before its next version: another run may hold it now.
        _lease?.ThrowIfLost();
        return Task.FromResult<IStepScope>(new ResumableStepScope(this, versionTable, _run));
    }

    /// <summary>A lost connection surfaces as the driver's I/O or state errors, not only as a DbException.</summary>
    public override bool IsDatabaseFailure(Exception exception) => exception is DbException or InvalidOperationException or IOException;

    public override string DescribeFailure(Exception exception)
    {
        string text = MySqlFailure.WithoutAppendedSql(MySqlFailure.Describe(exception));
        return UsesLease && ClusterConflict.Is(exception)
            ? "another node is migrating this database or writing the same rows: the cluster's certification refused this write"
              + " (error 1213, " + text + "); rerun: it continues from what was committed"
            : text;
    }

    /// <summary>DBS118 for a certification conflict with another node (error 1213 on a cluster), else DBS113.</summary>
    public override string FailureCode(Exception exception) =>
        UsesLease && ClusterConflict.Is(exception) ? ErrorCodes.ClusterConflict : base.FailureCode(exception);

    async Task<IAsyncDisposable> IRunLock.AcquireAsync(string repositoryId, CancellationToken cancellationToken)
    {
        IAsyncDisposable? taken = null;
        await GuardAsync(UsesLease ? "taking the lease in " + LeaseTable.TableName : "taking the run lock", async () =>
        {
            if (UsesLease)
            {
                Observer.Debug("run lock: a lease in " + LeaseTable.TableName + " of " + LockLease.TotalSeconds + " s"
                    + (IsGalera ? " (a Galera node: GET_LOCK is node-local)" : " (lock_mode=lease)"));
                taken = _lease = await MySqlLeaseLock.AcquireAsync(_connection, ct => MySqlConnectionOpener.OpenAsync(Settings, ct), repositoryId,
                    LockLease, LockTimeout, Observer, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                taken = await MySqlRunLock.AcquireAsync(_connection, repositoryId, LockTimeout, Observer, cancellationToken).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        return taken!;
    }

    async Task<StepProgress?> IIncompleteVersionLog.ReadAsync(string repositoryId, CancellationToken cancellationToken)
    {
        StepProgress? progress = null;
        await GuardAsync("reading " + MySqlProgressSql.TableName, async () =>
            progress = await MySqlProgressSql.Instance.ReadAsync(_connection, repositoryId, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        return progress;
    }

    Task IIncompleteVersionLog.ForgetAsync(string repositoryId, DbTransaction transaction, CancellationToken cancellationToken) =>
        GuardAsync("clearing " + MySqlProgressSql.TableName, async () =>
        {
            if (await MySqlProgressSql.ExistsAsync(_connection, transaction, cancellationToken).ConfigureAwait(false))
            {
                await using var command = MySqlCommands.Create(_connection, MySqlProgressSql.Instance.ClearSql(repositoryId), transaction);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        });

    Task ISchemaSanityCheck.CheckAsync(IReadOnlyCollection<string> ignoredTables, CancellationToken cancellationToken) =>
        GuardAsync("checking the schema's collations and engines", () =>
            SchemaSanityCheck.RunAsync(_connection, [.. ignoredTables, .. OwnTables], cancellationToken));

    /// <summary>Runs DbSync's own SQL, turning a driver failure into a message that names what was being done.</summary>
    public async Task GuardAsync(string doing, Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            throw new DbSyncException(FailureCode(e), "MySQL server at " + Settings.Endpoint + ", " + doing + ": " + DescribeFailure(e), null, e);
        }
    }
}
