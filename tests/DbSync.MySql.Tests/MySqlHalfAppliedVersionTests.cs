using DbSync.Testing.Repositories;
using DbSync.Testing.Schema.RoundTrip;
using DbSync.Testing.Schema;
using DbSync.Testing;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Testing.Databases;

namespace DbSync.MySql.Tests;

/// <summary>MySQL commits DDL statement by statement: a version that fails half-way resumes where it stopped.</summary>
public sealed class MySqlHalfAppliedVersionTests
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

        var error = await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(5, error.Line);
        Assert.EndsWith("002_ports_default_upgrade.sql(5,1): error DBS103: " + error.Message, error.ToDiagnosticString());
        Assert.Contains("statement: CREATE TABEL ports_history (id INT)", error.Message);
        Assert.Contains("You have an error in your SQL syntax", error.Message);
        Assert.Contains("near 'TABEL ports_history (id INT)' at line 1", error.Message);
        Assert.DoesNotContain("dbsync_statement_log", error.Message);
        Assert.Contains("statements 1-2 of version 2 (lines 1, 3) were applied and recorded; the database is still at version 1.", error.Message);
        Assert.Contains("dotnet dbsync stamp --revision 2", error.Message);
        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(2L, await database.CountAsync("ports"));

        File.WriteAllText(script, Version2Fixed);
        var observer = new RecordingObserver();
        var result = await repository.Migrator(database.Url, observer).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((1L, 3L), (result.StartVersion, result.EndVersion));
        Assert.Contains("warning: 002_ports_default_upgrade.sql: resuming at statement 3 (line 5); statements 1-2 of version 2 (lines 1, 3) were applied by an earlier run", observer.Lines);
        Assert.Equal(3L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(2L, await database.CountAsync("ports"));
        Assert.Contains("ports_history", await database.GetTablesAsync());
        Assert.DoesNotContain("dbsync_statement_log", await database.GetTablesAsync());
    }

    [Fact]
    public async Task Editing_a_statement_that_was_already_applied_is_refused_on_rerun_naming_its_line()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        string script = repository.Write(1, "ports", "upgrade", Version2);
        await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        File.WriteAllText(script, Version2Fixed.Replace("VALUES (1), (2)", "VALUES (1), (2), (3)", StringComparison.Ordinal));
        var error = await Assert.ThrowsAsync<DbSyncException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.StartsWith("001_ports_default_upgrade.sql line 3: statement 2 changed since an earlier run applied it", error.Message);
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
        await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        File.WriteAllText(script, Version2Fixed.Replace("\n", "\r\n", StringComparison.Ordinal));
        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

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
        await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(["1 line 1 001_ports_default_upgrade.sql", "2 line 3 001_ports_default_upgrade.sql"], await database.ColumnAsync(
            "SELECT CONCAT(statement_number, ' line ', line, ' ', script) FROM dbsync_statement_log ORDER BY statement_number"));
        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync(
            "SELECT COUNT(*) FROM dbsync_statement_log WHERE statement_sha256 = SHA2('CREATE TABLE ports (id INT PRIMARY KEY)', 256)")));

        // The operator finishes version 1 by hand and records it.
        await database.ExecuteAsync("CREATE INDEX ix_ports ON ports (id)");
        await repository.Migrator(database.Url).StampAsync(1, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("dbsync_statement_log", await database.GetTablesAsync());
        File.WriteAllText(script, "-- rewritten after the stamp\n" + Version2Fixed);
        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

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

        var error = await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

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

        var error = await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("(2,1): error DBS103: Duplicate entry", error.ToDiagnosticString());
        Assert.Contains("statement 1 of version 1 (line 1) was applied and recorded", error.Message);
        Assert.Equal(0L, await database.CountAsync("r"));

        File.WriteAllText(script, "CREATE TABLE r (id INT PRIMARY KEY);\nINSERT INTO r VALUES (1), (2), (3);\nCREATE TABLE s (id INT);\n");
        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

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
        await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        var error = await Assert.ThrowsAsync<DbSyncException>(() => repository.Migrator(database.Url).DowngradeAsync(0, TestContext.Current.CancellationToken));

        Assert.Contains("an earlier run left version 2 of 'conformance' half-applied", error.Message);
        Assert.Contains("dotnet dbsync upgrade --revision 2", error.Message);
        Assert.Contains("t", await database.GetTablesAsync());
    }

    [Fact]
    public async Task A_rerun_after_a_run_stopped_without_a_record_says_the_earlier_run_may_have_applied_the_statement()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "ports", "upgrade", "CREATE TABLE ports (id INT);\nCREATE TABLE hosts (id INT);\n");
        // What a run killed after the first statement leaves: the table, no version, no record.
        await database.ExecuteAsync("CREATE TABLE ports (id INT)");
        await repository.Migrator(database.Url).StampAsync(0, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("(1,1): error DBS103: Table 'ports' already exists", error.ToDiagnosticString());
        Assert.Contains("If an earlier run was stopped in the middle of version 1, it may have applied this statement", error.Message);
        Assert.Contains("dotnet dbsync stamp --revision 1", error.Message);
    }
}
