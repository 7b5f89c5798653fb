using DbSync.Testing.Repositories;
using DbSync.Testing.Schema.RoundTrip;
using DbSync.Testing.Schema;
using DbSync.Testing;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Testing.Databases;

namespace DbSync.MySql.Tests;

/// <summary>MySQL commits DDL statement by statement: a version that stops half-way resumes where it stopped.</summary>
public sealed class MySqlResumeTests
{
    private const string Version2 = """
        CREATE TABLE ports (id INT PRIMARY KEY);

        INSERT INTO ports VALUES (1), (2);

        CREATE TABEL ports_history (id INT);
        CREATE INDEX ix_ports ON ports (id);
        """;

    private const string Version2Fixed = """
        CREATE TABLE ports (id INT PRIMARY KEY);

        INSERT INTO ports VALUES (1), (2);

        CREATE TABLE ports_history (id INT);
        CREATE INDEX ix_ports ON ports (id);
        """;

    [Fact]
    public async Task A_failure_half_way_names_the_statement_and_what_was_applied_and_the_fixed_rerun_resumes_there()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "users", "upgrade", "CREATE TABLE users (id INT);");
        string script = repository.Write(2, "ports", "upgrade", Version2);
        repository.Write(3, "hosts", "upgrade", "CREATE TABLE hosts (id INT);");

        var error = await FailingUpgradeAsync(repository, database);

        Assert.Equal(5, error.Line);
        Assert.EndsWith("002_ports_default_upgrade.sql(5,1): error DBS103: " + error.Message, error.ToDiagnosticString());
        Assert.Contains("statement: CREATE TABEL ports_history (id INT)", error.Message);
        Assert.Contains("You have an error in your SQL syntax", error.Message);
        Assert.Contains("near 'TABEL ports_history (id INT)' at line 1", error.Message);
        Assert.DoesNotContain("dbsync_progress", error.Message);
        Assert.Contains("statements 1-2 of version 2 (lines 1, 3) were applied and recorded; the database is still at version 1.", error.Message);
        Assert.Contains("dotnet dbsync stamp --revision 2", error.Message);
        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(2L, await database.CountAsync("ports"));

        File.WriteAllText(script, Version2Fixed);
        var observer = new RecordingObserver();
        var result = await repository.Migrator(database.Url, observer).UpgradeAsync(cancellationToken: Token);

        Assert.Equal((1L, 3L), (result.StartVersion, result.EndVersion));
        Assert.Contains("warning: resuming version 2 (002_ports_default_upgrade.sql) at statement 3 (line 5): statements 1-2 were applied by an earlier run", observer.Lines);
        Assert.Equal(3L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(2L, await database.CountAsync("ports"));
        Assert.Contains("ports_history", await database.GetTablesAsync());
        Assert.Equal(0L, await database.CountAsync("dbsync_progress"));
    }

    [Fact]
    public async Task Editing_a_statement_that_was_already_applied_is_refused_on_rerun_naming_its_line()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        string script = repository.Write(1, "ports", "upgrade", Version2);
        await FailingUpgradeAsync(repository, database);

        File.WriteAllText(script, Version2Fixed.Replace("VALUES (1), (2)", "VALUES (1), (2), (3)", StringComparison.Ordinal));
        var error = await Assert.ThrowsAsync<DbSyncException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        Assert.Equal(ErrorCodes.ResumeRefused, error.Code);
        Assert.StartsWith(script + "(1,1): error DBS107: statements before statement 3 (line 5) changed since an earlier run applied them", error.ToDiagnosticString());
        Assert.Contains("dotnet dbsync stamp --revision 1", error.Message);
        Assert.Equal(0L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(2L, await database.CountAsync("ports"));
    }

    [Fact]
    public async Task Only_line_endings_changed_still_resumes()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        string script = repository.Write(1, "ports", "upgrade", Version2);
        await FailingUpgradeAsync(repository, database);

        File.WriteAllText(script, Version2Fixed.Replace("\n", "\r\n", StringComparison.Ordinal));
        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(2L, await database.CountAsync("ports"));
    }

    [Fact]
    public async Task Stamp_is_the_manual_way_out_and_forgets_the_half_applied_version()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        string script = repository.Write(1, "ports", "upgrade", Version2);
        repository.Write(2, "hosts", "upgrade", "CREATE TABLE hosts (id INT);");
        await FailingUpgradeAsync(repository, database);
        Assert.Equal(["conformance 0->1 statement 3 line 5 001_ports_default_upgrade.sql in_flight 0"], await database.ColumnAsync(
            "SELECT CONCAT(repository_id, ' ', from_version, '->', to_version, ' statement ', statement_number, ' line ', line, ' ', script, ' in_flight ', in_flight) FROM dbsync_progress"));

        // The operator finishes version 1 by hand, fixes its script and records both (the stamp records the fixed script's checksum).
        await database.ExecuteAsync("CREATE INDEX ix_ports ON ports (id)");
        File.WriteAllText(script, "-- rewritten before the stamp\n" + Version2Fixed);
        await repository.Migrator(database.Url).StampAsync(1, Token);
        Assert.Equal(0L, await database.CountAsync("dbsync_progress"));
        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(2L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Contains("hosts", await database.GetTablesAsync());
    }

    [Fact]
    public async Task A_failing_first_statement_says_nothing_of_the_version_was_applied()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "bad", "upgrade", "CREATE TABLE t (id INT);\n");
        repository.Write(2, "bad", "upgrade", "INSERT INTO nowhere VALUES (1);\nCREATE TABLE u (id INT);\n");

        var error = await FailingUpgradeAsync(repository, database);

        Assert.Contains("002_bad_default_upgrade.sql(1,1): error DBS103: ", error.ToDiagnosticString());
        Assert.Contains("doesn't exist", error.Message);
        Assert.Contains("no statement of version 2 was applied; the database is still at version 1.", error.Message);
        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
    }

    [Fact]
    public async Task A_failed_insert_leaves_no_rows_and_no_record_so_the_rerun_runs_it_once()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        string script = repository.Write(1, "rows", "upgrade",
            "CREATE TABLE r (id INT PRIMARY KEY);\nINSERT INTO r VALUES (1), (2), (2);\nCREATE TABLE s (id INT);\n");

        var error = await FailingUpgradeAsync(repository, database);

        Assert.Contains("(2,1): error DBS103: Duplicate entry", error.ToDiagnosticString());
        Assert.Contains("statement 1 of version 1 (line 1) was applied and recorded", error.Message);
        Assert.Equal(["statement 2 in_flight 0"], await database.ColumnAsync("SELECT CONCAT('statement ', statement_number, ' in_flight ', in_flight) FROM dbsync_progress"));
        Assert.Equal(0L, await database.CountAsync("r"));

        File.WriteAllText(script, "CREATE TABLE r (id INT PRIMARY KEY);\nINSERT INTO r VALUES (1), (2), (3);\nCREATE TABLE s (id INT);\n");
        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(3L, await database.CountAsync("r"));
        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
    }

    [Fact]
    public async Task A_half_applied_upgrade_refuses_a_different_step_until_it_is_finished()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "t", "upgrade", "CREATE TABLE t (id INT);");
        repository.Write(1, "t", "downgrade", "DROP TABLE t;");
        repository.Write(2, "ports", "upgrade", Version2);
        await FailingUpgradeAsync(repository, database);

        var error = await Assert.ThrowsAsync<DbSyncException>(() => repository.Migrator(database.Url).DowngradeAsync(0, Token));

        Assert.Contains("an earlier run left version 2 of 'conformance' half-applied", error.Message);
        Assert.Contains("dotnet dbsync upgrade --revision 2", error.Message);
        Assert.Contains("t", await database.GetTablesAsync());
    }

    [Fact]
    public async Task A_statement_that_was_running_when_a_run_stopped_is_skipped_on_rerun_when_its_effect_is_already_there()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        string script = repository.Write(1, "ports", "upgrade", "CREATE TABLE ports (id INT);\nCREATE TABLE hosts (id INT);\nCREATE TABLE links (id INT);\n");
        // What a run killed right after statement 2 completed leaves: its tables, no version, statement 2 recorded as in flight.
        await repository.Migrator(database.Url).StampAsync(0, Token);
        await database.ExecuteAsync("CREATE TABLE ports (id INT)");
        await database.ExecuteAsync("CREATE TABLE hosts (id INT)");
        await RecordInFlightAsync(database, repository, script, statement: 2);
        var observer = new RecordingObserver();

        var result = await repository.Migrator(database.Url, observer).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(1L, result.EndVersion);
        Assert.Contains("warning: resuming version 1 (001_ports_default_upgrade.sql) at statement 2 (line 2): statement 1 was applied by an earlier run;"
            + " statement 2 was running when it stopped and runs again (if its effect is already there, it is skipped)", observer.Lines);
        Assert.Equal(["hosts", "links", "migrate_version", "ports"], await database.GetSchemaTablesAsync());
        Assert.Equal(0L, await database.CountAsync("dbsync_progress"));
    }

    [Fact]
    public async Task A_statement_that_was_running_when_a_run_stopped_runs_again_when_it_had_not_completed()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        string script = repository.Write(1, "ports", "upgrade", "CREATE TABLE ports (id INT);\nCREATE TABLE hosts (id INT);\n");
        await repository.Migrator(database.Url).StampAsync(0, Token);
        await database.ExecuteAsync("CREATE TABLE ports (id INT)");
        await RecordInFlightAsync(database, repository, script, statement: 2);

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(["hosts", "migrate_version", "ports"], await database.GetSchemaTablesAsync());
    }

    [Fact]
    public async Task A_statement_that_was_running_and_changed_since_is_refused()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        string script = repository.Write(1, "ports", "upgrade", "CREATE TABLE ports (id INT);\nCREATE TABLE hosts (id INT);\n");
        await repository.Migrator(database.Url).StampAsync(0, Token);
        await database.ExecuteAsync("CREATE TABLE ports (id INT)");
        await RecordInFlightAsync(database, repository, script, statement: 2);
        File.WriteAllText(script, "CREATE TABLE ports (id INT);\nCREATE TABLE hosts (id BIGINT);\n");

        var error = await Assert.ThrowsAsync<DbSyncException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        Assert.StartsWith(script + "(2,1): error DBS107: statement 2 was running when an earlier run stopped, so it may have been applied, and it changed since.", error.ToDiagnosticString());
        Assert.Equal(0L, await database.GetVersionAsync(repository.RepositoryId));
    }

    /// <summary>The progress row a run killed while statement <paramref name="statement"/> ran leaves behind.</summary>
    private static async Task RecordInFlightAsync(MariaDbTestDatabase database, ScriptRepository repository, string script, int statement)
    {
        var statements = DbSync.Core.Sql.SqlScriptParser.Parse(File.ReadAllText(script), DbSync.Core.Sql.SqlSyntax.MySql).Statements;
        await database.ExecuteAsync(MySqlProgressSql.Instance.CreateTableSql);
        await database.ExecuteAsync("INSERT INTO dbsync_progress (repository_id, from_version, to_version, script, statement_number, line, prefix_sha256, statement_sha256, in_flight)"
            + " VALUES ('" + repository.RepositoryId + "', 0, 1, '" + Path.GetFileName(script) + "', " + statement + ", " + statements[statement - 1].Line + ", '"
            + DbSync.Migrations.Resumable.StatementHashes.OfPrefix(statements, statement - 1) + "', '" + DbSync.Migrations.Resumable.StatementHashes.Of(statements[statement - 1].Text)
            + "', TRUE)");
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>An upgrade that must stop at a failing statement; its error, for the assertions that read it.</summary>
    private static Task<StatementFailedException> FailingUpgradeAsync(ScriptRepository repository, TestDatabase database) =>
        Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));
}
