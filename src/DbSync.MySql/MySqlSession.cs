using System.Data;
using System.Data.Common;
using DbSync.Data;
using DbSync.Dialects;
using DbSync.Migrations;
using DbSync.Migrations.Resumable;
using DbSync.Versioning;

namespace DbSync.MySql;

/// <summary>
/// A MySQL/MariaDB connection and the parts the engine needs from it: GET_LOCK as the run lock, the engine's
/// <see cref="ResumableStepScope"/> with MySQL's progress table (DDL commits on its own, so a version is resumed rather
/// than rolled back), and oslo.db's schema sanity check.
/// </summary>
internal sealed class MySqlSession : DatabaseSession, IRunLock, IIncompleteVersionLog, ISchemaSanityCheck
{
    private readonly DbConnection _connection;

    public MySqlSession(DbConnection connection, MySqlConnectionSettings settings)
        : base(connection)
    {
        _connection = connection;
        Settings = settings;
        _run = new ResumableRun(connection, MySqlProgressSql.Instance);
    }

    private readonly ResumableRun _run;

    public MySqlConnectionSettings Settings { get; }

    public override IRunLock RunLock => this;

    public override IIncompleteVersionLog IncompleteVersions => this;

    public override ISchemaSanityCheck SanityCheck => this;

    public override async Task<IReadOnlyList<string>> GetTableNamesAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await GuardAsync("reading the table list", async () => names = await _connection.ReadStringsAsync(
            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
            + " AND TABLE_NAME NOT IN ('" + MySqlProgressSql.TableName + "', '" + MySqlHistorySql.TableName + "') ORDER BY TABLE_NAME", cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        return names;
    }

    public override string QuoteIdentifier(string name) => Schema.MySqlDdl.Quote(name);

    public override Task<IStepScope> BeginStepAsync(VersionTable versionTable, CancellationToken cancellationToken) =>
        Task.FromResult<IStepScope>(new ResumableStepScope(this, versionTable, _run));

    /// <summary>A lost connection surfaces as the driver's I/O or state errors, not only as a DbException.</summary>
    public override bool IsDatabaseFailure(Exception exception) => exception is DbException or InvalidOperationException or IOException;

    public override string DescribeFailure(Exception exception) =>
        MySqlFailure.WithoutAppendedSql(MySqlFailure.Describe(exception));

    async Task<IAsyncDisposable> IRunLock.AcquireAsync(string repositoryId, CancellationToken cancellationToken)
    {
        MySqlRunLock? taken = null;
        await GuardAsync("taking the run lock", async () =>
            taken = await MySqlRunLock.AcquireAsync(_connection, repositoryId, LockTimeout, Observer, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
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
            SchemaSanityCheck.RunAsync(_connection, [.. ignoredTables, MySqlProgressSql.TableName, MySqlHistorySql.TableName], cancellationToken));

    /// <summary>Runs DbSync's own SQL, turning a driver failure into a message that names what was being done.</summary>
    public async Task GuardAsync(string doing, Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            throw MySqlFailure.Wrap("MySQL server at " + Settings.Endpoint + ", " + doing, e);
        }
    }
}
