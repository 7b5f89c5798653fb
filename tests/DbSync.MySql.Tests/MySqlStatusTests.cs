using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Testing.Databases;
using DbSync.Testing.Repositories;

namespace DbSync.MySql.Tests;

/// <summary>The engine's read of a half-applied version (Migrator.GetStatusAsync), for status, version and history.</summary>
public sealed class MySqlStatusTests
{
    // Statements 1-2 apply; 3 fails (no such table), so the version stops with 2 of its 4 statements applied.
    private const string Version2 = """
        CREATE TABLE ports (id INT PRIMARY KEY);
        CREATE TABLE port_names (id INT PRIMARY KEY, name VARCHAR(40));

        INSERT INTO no_such_table VALUES (1);
        DROP TABLE port_names;
        """;

    [Fact]
    public async Task A_version_stopped_half_way_is_reported_with_how_far_it_got_until_it_completes_or_is_stamped()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "users", "upgrade", "CREATE TABLE users (id INT);");
        string script = repository.Write(2, "ports", "upgrade", Version2);
        await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        DatabaseStatus status = await repository.Migrator(database.Url).GetStatusAsync(TestContext.Current.CancellationToken);
        MigrationHistory history = await repository.Migrator(database.Url).GetHistoryAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1L, status.Version);
        Assert.Equal(new IncompleteVersion(1, 2, "002_ports_default_upgrade.sql", 2, 4, 4, false), status.Incomplete);
        Assert.Equal("version 2 partly applied (2 of 4 statements)", status.Incomplete!.Describe());
        Assert.StartsWith("'dotnet dbsync upgrade' resumes it at statement 3 (line 4 of 002_ports_default_upgrade.sql)", status.Incomplete.Advice());
        Assert.Equal(status.Incomplete, history.Incomplete);

        // A script that no longer reads leaves the count out, not the report.
        File.WriteAllText(script, Version2 + "\nINSERT INTO ports VALUES ('unterminated);\n");
        var unreadable = await repository.Migrator(database.Url).GetStatusAsync(TestContext.Current.CancellationToken);
        Assert.Equal("version 2 partly applied (2 statements)", unreadable.Incomplete!.Describe());

        await repository.Migrator(database.Url).StampAsync(2, TestContext.Current.CancellationToken);
        Assert.Equal(new DatabaseStatus(2, null), await repository.Migrator(database.Url).GetStatusAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_database_without_a_stopped_version_has_none()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "users", "upgrade", "CREATE TABLE users (id INT);");

        Assert.Equal(new DatabaseStatus(null, null), await repository.Migrator(database.Url).GetStatusAsync(TestContext.Current.CancellationToken));
        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(new DatabaseStatus(1, null), await repository.Migrator(database.Url).GetStatusAsync(TestContext.Current.CancellationToken));
    }
}
