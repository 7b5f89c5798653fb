using DbSync.Testing.Repositories;
using DbSync.Testing.Schema.RoundTrip;
using DbSync.Testing.Schema;
using DbSync.Testing;
using DbSync.MySql;
using DbSync.Testing.Databases;

namespace DbSync.MySql.Tests;

/// <summary>oslo.db's sanity check: tables must be utf8 and InnoDB, before and after a migration.</summary>
public sealed class MySqlSanityCheckTests
{
    [Fact]
    public async Task A_latin1_table_already_there_stops_the_upgrade_before_anything_runs()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "t", "upgrade", "CREATE TABLE t (id INT) ENGINE=InnoDB CHARACTER SET utf8mb4;");
        repository.Write(2, "u", "upgrade", "CREATE TABLE u (id INT) ENGINE=InnoDB CHARACTER SET utf8mb4;");
        await repository.Migrator(database.Url).UpgradeAsync(1, TestContext.Current.CancellationToken);
        await database.ExecuteAsync("CREATE TABLE legacy_latin (id INT) ENGINE=InnoDB CHARACTER SET latin1");

        var error = await Assert.ThrowsAsync<SchemaSanityException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("legacy_latin (latin1_swedish_ci, InnoDB)", error.Message);
        Assert.Contains("--no-sanity-check", error.Message);
        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.DoesNotContain("u", await database.GetTablesAsync());
    }

    [Fact]
    public async Task A_database_whose_default_character_set_is_latin1_is_refused_before_anything_is_written()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        await database.Server.ExecuteAdminAsync("ALTER DATABASE `" + database.DatabaseName + "` CHARACTER SET latin1 COLLATE latin1_swedish_ci");
        using var repository = new ScriptRepository();
        repository.Write(1, "t", "upgrade", "CREATE TABLE t (id INT);");

        var error = await Assert.ThrowsAsync<SchemaSanityException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.StartsWith("schema sanity check failed: database '" + database.DatabaseName + "' has the default character set latin1 (collation latin1_swedish_ci)", error.Message);
        Assert.Empty(error.Tables);
        Assert.Empty(await database.GetTablesAsync());
    }

    [Fact]
    public async Task A_myisam_table_created_by_a_script_fails_the_check_after_the_upgrade()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "t", "upgrade", "CREATE TABLE counters (id INT) ENGINE=MyISAM CHARACTER SET utf8mb4;");

        var error = await Assert.ThrowsAsync<SchemaSanityException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(["counters (utf8mb4_general_ci, MyISAM)"], error.Tables);
        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
    }

    [Fact]
    public async Task The_check_can_be_switched_off_and_ignores_the_version_tables()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        await database.ExecuteAsync("CREATE TABLE alembic_version (version_num VARCHAR(32)) CHARACTER SET latin1");
        using var repository = new ScriptRepository();
        repository.Write(1, "t", "upgrade", "CREATE TABLE legacy (id INT) CHARACTER SET latin1;");

        await repository.Migrator(database.Url, sanityCheck: false).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
        var error = await Assert.ThrowsAsync<SchemaSanityException>(() => repository.Migrator(database.Url).DowngradeAsync(1, TestContext.Current.CancellationToken));
        Assert.Equal(["legacy (latin1_swedish_ci, InnoDB)"], error.Tables);
    }
}
