using System.Data;
using System.Data.Common;
using DbSync.Dialects;
using DbSync.Migrations;
using DbSync.MySql.Resumption;
using DbSync.Versioning;

namespace DbSync.MySql;

/// <summary>
/// A MySQL/MariaDB connection and the parts the engine needs from it: GET_LOCK as the run lock, a step scope that
/// runs statements one round trip each and can resume a half-applied version (<see cref="MySqlStepScope"/>), the
/// statement log it resumes from, and oslo.db's schema sanity check.
/// </summary>
internal sealed class MySqlSession : DatabaseSession, IRunLock, IIncompleteVersionLog, ISchemaSanityCheck
{
    private readonly DbConnection _connection;
    private readonly TimeSpan _runLockTimeout;

    public MySqlSession(DbConnection connection, MySqlConnectionSettings settings, TimeSpan runLockTimeout)
        : base(connection)
    {
        _connection = connection;
        Settings = settings;
        _runLockTimeout = runLockTimeout;
        Log = new StatementLog(connection);
    }

    public MySqlConnectionSettings Settings { get; }

    public StatementLog Log { get; }

    /// <summary>The repository whose statement log this run already read: after that, only this run writes it.</summary>
    public string? LogReadFor { get; set; }

    /// <summary>Whether this run wrote, read or cleared statement log rows, so the table may be left empty at the end.</summary>
    public bool LogTouched { get; set; }

    /// <summary>The version this run last moved the row to, valid while it holds the run lock.</summary>
    public (string Table, string RepositoryId, long Version)? KnownVersion { get; set; }

    public override IRunLock RunLock => this;

    public override IIncompleteVersionLog IncompleteVersions => this;

    public override ISchemaSanityCheck SanityCheck => this;

    public override async Task<IReadOnlyList<string>> GetTableNamesAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await GuardAsync("reading the table list", async () =>
        {
            await using var command = MySqlCommands.Create(_connection,
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
                + " AND TABLE_NAME <> '" + StatementLog.TableName + "' ORDER BY TABLE_NAME", null);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                names.Add(reader.GetString(0));
            }
        }).ConfigureAwait(false);
        return names;
    }

    public override string QuoteIdentifier(string name) => Schema.MySqlDdl.Quote(name);

    public override Task<IStepScope> BeginStepAsync(VersionTable versionTable, CancellationToken cancellationToken) =>
        Task.FromResult<IStepScope>(new MySqlStepScope(this, versionTable));

    /// <summary>A lost connection surfaces as the driver's I/O or state errors, not only as a DbException.</summary>
    public override bool IsDatabaseFailure(Exception exception) => exception is DbException or InvalidOperationException or IOException;

    public override string DescribeFailure(Exception exception) =>
        CredentialScrubber.Scrub(MySqlFailure.WithoutAppendedSql(MySqlFailure.Describe(exception)), Settings.Password);

    async Task<IAsyncDisposable> IRunLock.AcquireAsync(string repositoryId, IMigrationObserver observer, CancellationToken cancellationToken) =>
        await MySqlRunLock.AcquireAsync(_connection, repositoryId, _runLockTimeout, DropEmptyLogAsync, Settings.Password, cancellationToken).ConfigureAwait(false);

    Task IIncompleteVersionLog.ForgetAsync(string repositoryId, DbTransaction transaction, CancellationToken cancellationToken)
    {
        LogTouched = true;
        return GuardAsync("clearing " + StatementLog.TableName, () => Log.ClearAsync(repositoryId, transaction, cancellationToken));
    }

    Task ISchemaSanityCheck.CheckAsync(IReadOnlyCollection<string> ignoredTables, IMigrationObserver observer, CancellationToken cancellationToken) =>
        GuardAsync("checking the schema's collations and engines", () =>
            SchemaSanityCheck.RunAsync(_connection, [.. ignoredTables, StatementLog.TableName], cancellationToken));

    /// <summary>Runs DbSync's own SQL, turning a driver failure into a message that names what was being done.</summary>
    public async Task GuardAsync(string doing, Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            throw MySqlFailure.Wrap("MySQL server at " + Settings.Endpoint + ", " + doing, e, Settings.Password);
        }
    }

    /// <summary>Run before the run lock is released: a run that left the statement log empty removes it.</summary>
    private async Task DropEmptyLogAsync()
    {
        if (LogTouched && _connection.State == ConnectionState.Open)
        {
            try
            {
                await Log.DropIfEmptyAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (DbException)
            {
                // Tidying only: an empty table left behind is harmless, and must not hide the run's own outcome.
            }
        }
    }
}
