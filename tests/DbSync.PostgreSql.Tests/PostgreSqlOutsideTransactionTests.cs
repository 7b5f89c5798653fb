using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.Repositories;

namespace DbSync.PostgreSql.Tests;

/// <summary>
/// A version holding CREATE INDEX CONCURRENTLY (or another statement PostgreSQL refuses in a transaction) runs
/// statement by statement, each recorded as it completes, and a rerun after a failure resumes at the failed statement.
/// </summary>
public sealed class PostgreSqlOutsideTransactionTests
{
    private const string Version2 = """
        CREATE TABLE ports (id integer PRIMARY KEY, name text);
        INSERT INTO ports VALUES (1, 'eth0'), (2, 'eth1');
        CREATE INDEX CONCURRENTLY ix_ports_name ON ports (name);
        INSERT INTO port_history SELECT id FROM ports;
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("CREATE INDEX CONCURRENTLY ix ON t (a)", true)]
    [InlineData("create unique index concurrently ix on t (a)", true)]
    [InlineData("DROP INDEX CONCURRENTLY ix", true)]
    [InlineData("REINDEX (VERBOSE) INDEX CONCURRENTLY ix", true)]
    [InlineData("VACUUM ANALYZE t", true)]
    [InlineData("CREATE DATABASE other", true)]
    [InlineData("ALTER SYSTEM SET work_mem = '64MB'", true)]
    [InlineData("CREATE INDEX ix ON t (a)", false)]
    [InlineData("REINDEX INDEX ix", false)]
    [InlineData("ALTER TYPE mood ADD VALUE 'meh'", false)]
    [InlineData("SELECT 'VACUUM'", false)]
    public void Statements_that_cannot_run_in_a_transaction_are_recognised(string statement, bool outside) =>
        Assert.Equal(outside, OutsideTransaction.Requires(statement, serverMajorVersion: 15));

    [Fact]
    public void Alter_type_add_value_runs_outside_a_transaction_before_postgresql_12() =>
        Assert.True(OutsideTransaction.Requires("ALTER TYPE mood ADD VALUE 'meh'", serverMajorVersion: 11));

    [Fact]
    public async Task A_failure_names_what_was_applied_and_the_fixed_rerun_resumes_at_the_failed_statement()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "users", "upgrade", "CREATE TABLE users (id integer PRIMARY KEY);");
        string script = repository.Write(2, "ports", "upgrade", Version2);

        var error = await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        Assert.Equal(4, error.Line);
        Assert.Contains("statements 1-3 of version 2 (lines 1, 2, 3) were applied and recorded; the database is still at version 1.", error.Message);
        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(2L, await database.CountAsync("ports"));
        Assert.Equal(["4 line 4 False"], await database.ColumnAsync("SELECT statement_number || ' line ' || line || ' ' || CASE WHEN in_flight THEN 'True' ELSE 'False' END FROM dbsync_progress"));

        File.WriteAllText(script, Version2.Replace("INSERT INTO port_history", "CREATE TABLE port_history AS", StringComparison.Ordinal));
        var observer = new RecordingObserver();
        var result = await repository.Migrator(database.Url, observer).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(2L, result.EndVersion);
        Assert.Contains("warning: resuming version 2 (002_ports_default_upgrade.sql) at statement 4 (line 4): statements 1-3 were applied by an earlier run", observer.Lines);
        Assert.Equal(2L, await database.CountAsync("ports"));
        Assert.Equal(2L, await database.CountAsync("port_history"));
        Assert.Equal(["migrate_version", "port_history", "ports", "users"], await database.GetSchemaTablesAsync());
        Assert.Equal(0L, await database.CountAsync("dbsync_progress"));
        Assert.Equal("1", (await database.ColumnAsync("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'ix_ports_name' AND i.indisvalid"))[0]);

        // The audit trail of a version outside a transaction: its failure, then its row with the version-row move.
        Assert.Equal(["1 upgrade True", "2 upgrade False", "2 upgrade True"],
            await database.ColumnAsync("SELECT version || ' ' || direction || ' ' || CASE WHEN success THEN 'True' ELSE 'False' END FROM dbsync_history ORDER BY id"));
    }

    [Fact]
    public async Task An_offline_script_writes_such_a_version_without_a_transaction_and_psql_runs_it()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "port_history", "upgrade", "CREATE TABLE port_history (id integer);");
        repository.Write(2, "ports", "upgrade", Version2);
        using var output = new StringWriter { NewLine = "\n" };

        await repository.Migrator(database.Url).WriteUpgradeScriptAsync(output, RevisionTarget.To(2), OfflineScriptStart.Base, Token);
        string script = output.ToString();
        ProcessResult run = await database.RunClientAsync(script);

        Assert.True(run.ExitCode == 0, run + "\n" + script);
        Assert.Contains("-- Version 1 (0 -> 1): 001_port_history_default_upgrade.sql\nBEGIN;\nCREATE TABLE port_history (id integer);\n", script);
        Assert.Contains("-- Version 2 (1 -> 2): 002_ports_default_upgrade.sql\nCREATE TABLE ports", script);
        Assert.Equal(2L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(2L, await database.CountAsync("port_history"));
        Assert.Equal("1", (await database.ColumnAsync("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'ix_ports_name' AND i.indisvalid"))[0]);
        Assert.Equal(["1 upgrade", "2 upgrade"], await database.ColumnAsync("SELECT version || ' ' || direction FROM dbsync_history WHERE success ORDER BY id"));
    }

    [Fact]
    public async Task Editing_a_statement_that_was_already_applied_is_refused_on_rerun()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        string script = repository.Write(1, "ports", "upgrade", Version2);
        await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        File.WriteAllText(script, Version2.Replace("(2, 'eth1')", "(2, 'eth2')", StringComparison.Ordinal));
        var error = await Assert.ThrowsAsync<DbSyncException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        Assert.Equal(ErrorCodes.ResumeRefused, error.Code);
        Assert.StartsWith("statements before statement 4 (line 4) changed since an earlier run applied them", error.Message);
        Assert.Equal(0L, await database.GetVersionAsync(repository.RepositoryId));
    }

    [Fact]
    public async Task Stamp_forgets_the_half_applied_version()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "ports", "upgrade", Version2);
        await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        await repository.Migrator(database.Url).StampAsync(1, Token);

        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(0L, await database.CountAsync("dbsync_progress"));
    }
}
