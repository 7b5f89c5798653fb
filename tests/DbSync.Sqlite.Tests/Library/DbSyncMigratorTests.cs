using DbSync.Core.Errors;
using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace DbSync.Sqlite.Tests.Library;

/// <summary>The library's entry point on real SQLite files: what an application calling it at start-up sees.</summary>
public sealed class DbSyncMigratorTests : IDisposable
{
    private readonly ScriptRepository _repository = new("library");
    private readonly TempDirectory _data = new("dbsync-library-db");

    public DbSyncMigratorTests()
    {
        _repository.Write(1, "create_notes", "upgrade", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n");
        _repository.Write(1, "create_notes", "downgrade", "DROP TABLE notes;\n");
        _repository.Write(2, "add_authors", "upgrade", "CREATE TABLE authors (id INTEGER PRIMARY KEY);\nALTER TABLE notes ADD COLUMN author_id INTEGER;\n");
        _repository.Write(2, "add_authors", "downgrade", "ALTER TABLE notes DROP COLUMN author_id;\nDROP TABLE authors;\n");
    }

    private string DatabasePath => _data.Combine("app.db");

    private string Url => "sqlite:///" + DatabasePath;

    [Fact]
    public async Task Upgrade_reports_each_version_to_the_logger_and_the_progress_and_reaches_head()
    {
        var logger = new RecordingLogger();
        var progress = new List<string>();
        var migrator = DbSyncMigrator.ForSqlite(_repository.Path, Url, new DbSyncMigratorOptions
        {
            Logger = logger,
            Progress = new InlineProgress(p => progress.Add(p.Stage + " " + p.Step.From + "->" + p.Step.To + "/" + p.TargetVersion)),
        });

        var result = await migrator.UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((0L, 2L, 2), (result.StartVersion, result.EndVersion, result.Steps.Count));
        Assert.Equal(2L, await migrator.GetVersionAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["Starting 0->1/2", "Completed 0->1/2", "Starting 1->2/2", "Completed 1->2/2"], progress);
        Assert.Contains((LogLevel.Information, "Running upgrade 0 -> 1 (001_create_notes)"), logger.Entries);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Information && e.Message.StartsWith("Completed upgrade 1 -> 2 (002_add_authors) in ", StringComparison.Ordinal));
        Assert.Equal("SQLite database " + DatabasePath, migrator.Database);
    }

    [Fact]
    public async Task Cancellation_stops_between_statements_and_says_where_the_database_is()
    {
        using var stop = new CancellationTokenSource();
        var migrator = DbSyncMigrator.ForSqlite(_repository.Path, Url, new DbSyncMigratorOptions
        {
            // Cancelled as version 2 starts: its first statement never runs, and its transaction is rolled back.
            Progress = new InlineProgress(p =>
            {
                if (p.Step.To == 2 && p.Stage == MigrationProgressStage.Starting)
                {
                    stop.Cancel();
                }
            }),
        });

        var cancelled = await Assert.ThrowsAsync<OperationCanceledException>(() => migrator.UpgradeAsync(cancellationToken: stop.Token));

        Assert.Contains("the database is at version 1", cancelled.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await migrator.GetVersionAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["dbsync_history", "migrate_version", "notes"], await new SqliteTestDatabase(_data.Path, "app.db").GetTablesAsync());
    }

    [Fact]
    public async Task Script_writes_the_offline_sql_without_creating_the_database_and_downgrade_goes_back()
    {
        var migrator = DbSyncMigrator.ForSqlite(_repository.Path, Url);

        string sql = await migrator.ScriptAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("CREATE TABLE notes", sql, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE notes ADD COLUMN author_id INTEGER", sql, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabasePath));

        await migrator.UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);
        var result = await migrator.DowngradeAsync(0, TestContext.Current.CancellationToken);
        Assert.Equal((2L, 0L), (result.StartVersion, result.EndVersion));
        Assert.Equal(0L, await migrator.GetVersionAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_connection_names_the_file_and_an_in_memory_one_is_refused()
    {
        using var connection = new SqliteConnection("Data Source=" + DatabasePath);
        var migrator = DbSyncMigrator.ForSqlite(_repository.Path, connection);
        await migrator.UpgradeAsync(1, TestContext.Current.CancellationToken);
        Assert.Equal(1L, await migrator.GetVersionAsync(TestContext.Current.CancellationToken));

        using var memory = new SqliteConnection("Data Source=:memory:");
        var refused = Assert.Throws<DbSyncException>(() => DbSyncMigrator.ForSqlite(_repository.Path, memory));
        Assert.Equal(ErrorCodes.LibraryUsage, refused.Code);
        var wrongUrl = Assert.Throws<DbSyncException>(() => DbSyncMigrator.ForSqlite(_repository.Path, "mysql://app@db/app"));
        Assert.Equal(ErrorCodes.LibraryUsage, wrongUrl.Code);
    }

    public void Dispose()
    {
        _repository.Dispose();
        _data.Dispose();
    }

    /// <summary>Reports on the caller's thread, so the test sees each report before the run goes on.</summary>
    private sealed class InlineProgress(Action<MigrationProgress> report) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => report(value);
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
