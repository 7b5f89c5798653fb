using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.Repositories;

namespace DbSync.Conformance;

/// <summary>
/// What every dialect must do with the same repository, through the engine's library API: upgrade, downgrade and
/// stamp; a failure in a step; a rerun after it; concurrent runs; a database that is not under version control.
/// Written once; each dialect's test project runs it with a subclass that supplies fresh databases. The scripts use
/// only SQL that SQLite, MySQL/MariaDB and PostgreSQL all accept.
/// </summary>
public abstract class MigratorConformanceTests
{
    /// <summary>A new, empty database of the dialect (skipped, with the reason, where its server is absent).</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>Whether a failed version leaves nothing behind (transactional DDL) rather than resuming at the failed statement.</summary>
    protected abstract bool HasTransactionalDdl { get; }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upgrade_downgrade_and_stamp_move_the_version_row_and_the_schema()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "users", "upgrade", "CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50));\nINSERT INTO users VALUES (1, 'ada');\n");
        repository.Write(1, "users", "downgrade", "DROP TABLE users;\n");
        repository.Write(2, "ports", "upgrade", "CREATE TABLE ports (id INTEGER NOT NULL PRIMARY KEY);\nCREATE INDEX ix_users_name ON users (name);\n");
        repository.Write(2, "ports", "downgrade", "DROP TABLE ports;\n");
        var migrator = repository.Migrator(database.Url);

        var up = await migrator.UpgradeAsync(cancellationToken: Token);

        Assert.Equal((0L, 2L, 2), (up.StartVersion, up.EndVersion, up.Steps.Count));
        Assert.Equal(2L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(["migrate_version", "ports", "users"], await database.GetSchemaTablesAsync());
        Assert.Equal("ada", await database.ScalarAsync("SELECT name FROM users WHERE id = 1"));
        Assert.Equal(2L, await migrator.GetVersionAsync(Token));

        var again = await migrator.UpgradeAsync(cancellationToken: Token);
        var down = await migrator.DowngradeAsync(1, Token);

        Assert.Empty(again.Steps);
        Assert.Equal((2L, 1L), (down.StartVersion, down.EndVersion));
        Assert.Equal(["migrate_version", "users"], await database.GetSchemaTablesAsync());

        long? previous = await migrator.StampAsync(2, Token);

        Assert.Equal(1L, previous);
        Assert.Equal(2L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(["migrate_version", "users"], await database.GetSchemaTablesAsync());
    }

    [Fact]
    public async Task History_marks_applied_and_pending_versions_and_changes_nothing()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "a", "upgrade", "CREATE TABLE a (id INTEGER);\n");
        repository.Write(2, "b", "upgrade", "CREATE TABLE b (id INTEGER);\n");
        var migrator = repository.Migrator(database.Url);

        var before = await migrator.GetHistoryAsync(Token);
        await migrator.UpgradeAsync(1, Token);
        var after = await migrator.GetHistoryAsync(Token);

        Assert.Null(before.Current);
        Assert.All(before.Entries, e => Assert.False(e.Applied));
        Assert.Equal(1L, after.Current);
        Assert.Equal([true, false], after.Entries.Select(e => e.Applied));
        Assert.Equal(["a", "migrate_version"], await database.GetSchemaTablesAsync());
    }

    [Fact]
    public async Task A_failing_statement_names_its_script_and_line_and_the_version_stays()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "users", "upgrade", "CREATE TABLE users (id INTEGER);\n");
        string script = repository.Write(2, "ports", "upgrade", "CREATE TABLE ports (id INTEGER);\n\nINSERT INTO no_such_table VALUES (1);\n");

        var error = await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        Assert.Equal(script, error.ScriptPath);
        Assert.Equal(3, error.Line);
        Assert.StartsWith(script + "(3,1): error DBS103: ", error.ToDiagnosticString());
        Assert.Contains("statement: INSERT INTO no_such_table VALUES (1)", error.Message);
        Assert.Contains("the database is still at version 1", error.Message);
        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));

        // Transactional DDL leaves nothing of the version; otherwise its first statement stays, recorded for the rerun.
        Assert.Equal(!HasTransactionalDdl, (await database.GetTablesAsync()).Contains("ports"));
    }

    [Fact]
    public async Task A_failing_downgrade_names_the_version_it_undoes_and_the_version_the_database_is_at()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "users", "upgrade", "CREATE TABLE users (id INTEGER);\n");
        repository.Write(1, "users", "downgrade", "DROP TABLE users;\n");
        repository.Write(2, "ports", "upgrade", "CREATE TABLE ports (id INTEGER);\n");
        string script = repository.Write(2, "ports", "downgrade", "DROP TABLE ports;\nDROP TABLE no_such_table;\n");
        repository.Write(3, "racks", "upgrade", "CREATE TABLE racks (id INTEGER);\n");
        repository.Write(3, "racks", "downgrade", "DROP TABLE racks;\n");
        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        var error = await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).DowngradeAsync(0, Token));

        // The downgrade of version 3 went through; that of version 2 failed: the database is at version 2.
        Assert.Equal(script, error.ScriptPath);
        Assert.Equal(2, error.Line);
        Assert.Equal(2L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Contains("the downgrade of version 2", error.Message);
        Assert.Contains("at version 2", error.Message);
        Assert.DoesNotContain("version 1", error.Message);
        Assert.DoesNotContain("version 3", error.Message);
    }

    [Fact]
    public async Task After_a_failure_the_fixed_script_completes_the_version_and_its_data_is_there_once()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "log", "upgrade", "CREATE TABLE applied (version INTEGER NOT NULL);\n");
        string script = repository.Write(2, "ports", "upgrade",
            "INSERT INTO applied VALUES (2);\nCREATE TABLE ports (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n");
        await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        File.WriteAllText(script, "INSERT INTO applied VALUES (2);\nCREATE TABLE ports (id INTEGER);\nINSERT INTO ports VALUES (1);\n");
        var result = await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(2L, result.EndVersion);
        Assert.Equal(1L, await database.CountAsync("applied"));
        Assert.Equal(1L, await database.CountAsync("ports"));
    }

    [Fact]
    public async Task A_data_script_too_large_to_keep_is_read_as_it_runs_and_a_failure_near_its_end_resumes_with_every_row_once()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        const int Rows = 50_000;
        repository.Write(1, "table", "upgrade", "CREATE TABLE big (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(80) NOT NULL);\n");
        string Data(string last)
        {
            var text = new System.Text.StringBuilder("-- a data migration larger than the 4 MB DbSync keeps in memory\n");
            for (int i = 1; i <= Rows; i++)
            {
                text.Append("INSERT INTO big (id, label) VALUES (").Append(i).Append(", 'row ").Append(i).Append(" of a data migration, padded to make it long enough');\n");
            }

            return text.Append(last).ToString();
        }

        string script = repository.Write(2, "data", "upgrade", Data("INSERT INTO no_such_table VALUES (1);\n"));
        Assert.True(new FileInfo(script).Length > 4 * 1024 * 1024, "the script must exceed the kept size");

        var error = await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));
        File.WriteAllText(script, Data("INSERT INTO big (id, label) VALUES (0, 'last');\n"));
        var result = await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(Rows + 2, error.Line);
        Assert.Equal(2L, result.EndVersion);
        Assert.Equal(Rows + 1L, await database.CountAsync("big"));
    }

    [Fact]
    public async Task Concurrent_upgrades_apply_every_version_exactly_once()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        const int Versions = 12;
        repository.Write(1, "log", "upgrade", "CREATE TABLE applied (version INTEGER NOT NULL);\nINSERT INTO applied VALUES (1);\n");
        for (int v = 2; v <= Versions; v++)
        {
            repository.Write(v, "t" + v, "upgrade", "CREATE TABLE t" + v + " (id INTEGER);\nINSERT INTO applied VALUES (" + v + ");\n");
        }

        var runs = Enumerable.Range(0, 4).Select(_ => Task.Run(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token), Token)).ToList();
        MigrationResult[] results = await Task.WhenAll(runs);

        Assert.Equal(Versions, results.Sum(r => r.Steps.Count));
        Assert.All(results, r => Assert.Equal(Versions, r.EndVersion));
        Assert.Equal(Versions, await database.CountAsync("applied"));
        Assert.Equal((long)Versions, await database.ScalarAsync("SELECT COUNT(DISTINCT version) FROM applied") is { } distinct ? Convert.ToInt64(distinct, System.Globalization.CultureInfo.InvariantCulture) : 0);
    }

    [Fact]
    public async Task A_run_that_has_to_wait_for_the_lock_says_so_once_and_gives_up_after_the_lock_timeout()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "a", "upgrade", "CREATE TABLE a (id INTEGER);\n");
        await repository.Migrator(database.Url).StampAsync(0, Token);
        var observer = new RecordingObserver();

        DbSyncException error;
        await using (await database.HoldRunLockAsync(repository.RepositoryId))
        {
            error = await Assert.ThrowsAsync<DbSyncException>(() =>
                repository.Migrator(database.Url, observer, lockTimeout: TimeSpan.FromSeconds(2)).UpgradeAsync(cancellationToken: Token));
        }

        Assert.Equal(ErrorCodes.LockTimeout, error.Code);
        Assert.Contains("--lock-timeout", error.Message);
        Assert.Single(observer.Lines, l => l.StartsWith("warning: waiting for ", StringComparison.Ordinal));
        Assert.Equal(0L, await database.GetVersionAsync(repository.RepositoryId));
    }

    [Fact]
    public async Task A_run_waiting_for_the_lock_goes_on_when_it_is_released()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "a", "upgrade", "CREATE TABLE a (id INTEGER);\n");
        await repository.Migrator(database.Url).StampAsync(0, Token);
        var observer = new RecordingObserver();
        var held = await database.HoldRunLockAsync(repository.RepositoryId);

        var run = Task.Run(() => repository.Migrator(database.Url, observer, lockTimeout: TimeSpan.FromSeconds(60)).UpgradeAsync(cancellationToken: Token), Token);
        await Task.Delay(TimeSpan.FromSeconds(2.5), Token);
        await held.DisposeAsync();
        var result = await run;

        Assert.Equal(1L, result.EndVersion);
        Assert.Single(observer.Lines, l => l.StartsWith("warning: waiting for ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_database_with_tables_but_no_version_row_is_refused_and_left_alone()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "users", "upgrade", "CREATE TABLE users (id INTEGER);\n");
        await database.ExecuteAsync("CREATE TABLE legacy (id INTEGER)");

        var error = await Assert.ThrowsAsync<NotUnderVersionControlException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        Assert.StartsWith("The database is not under version control, but has tables. Please stamp the current version of the schema manually", error.Message);
        Assert.Equal(["legacy"], await database.GetSchemaTablesAsync());
    }

    [Fact]
    public async Task A_revision_the_wrong_way_is_refused_with_the_command_that_goes_there()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "a", "upgrade", "CREATE TABLE a (id INTEGER);\n");
        repository.Write(1, "a", "downgrade", "DROP TABLE a;\n");
        repository.Write(2, "b", "upgrade", "CREATE TABLE b (id INTEGER);\n");
        var migrator = repository.Migrator(database.Url);
        await migrator.UpgradeAsync(cancellationToken: Token);

        var error = await Assert.ThrowsAsync<RevisionException>(() => migrator.UpgradeAsync(1, Token));

        Assert.Contains("run 'dotnet dbsync downgrade --revision 1'", error.Message);
        Assert.Equal(2L, await database.GetVersionAsync(repository.RepositoryId));
    }
}
