using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>What SQLite adds to the shared scenarios: a failed or killed version leaves nothing behind.</summary>
public sealed class SqliteScenarios
{
    [Fact]
    public async Task A_run_killed_mid_upgrade_leaves_the_last_completed_version_and_a_rerun_finishes()
    {
        const int Versions = 30;
        const int RowsPerVersion = 100_000;
        using var directory = new TempDirectory("dbsync-kill");
        var database = new SqliteTestDatabase(directory.Path);
        directory.Write("repo/migrate.cfg", "[db_settings]\nrepository_id = killed\n");
        for (int i = 1; i <= Versions; i++)
        {
            // Slow enough (tens of ms) that the kill lands inside a version's transaction.
            directory.Write($"repo/versions/{i:000}_fill_{i}_default_upgrade.sql",
                $"CREATE TABLE t{i} (n INTEGER NOT NULL);\nINSERT INTO t{i} WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < {RowsPerVersion}) SELECT x FROM c;\n");
        }

        string config = directory.Write("app.conf", "[database]\nconnection = " + database.Url + "\n");
        var tool = await PackedTool.GetAsync();
        string[] args = ["--config-file", config, "--repository", directory.Combine("repo"), "upgrade"];

        using (var process = tool.Start(directory.Path, args))
        {
            var seen = new System.Text.StringBuilder();
            var buffer = new char[256];
            while (!seen.ToString().Contains("Running upgrade 5 -> 6", StringComparison.Ordinal))
            {
                int read = await process.StandardOutput.ReadAsync(buffer, TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
                Assert.True(read > 0, "the upgrade ended before it could be killed: " + seen);
                seen.Append(buffer, 0, read);
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        long version = (await database.GetVersionAsync("killed"))!.Value;
        Assert.InRange(version, 5, Versions - 1);
        var tables = await database.GetTablesAsync();
        for (int i = 1; i <= Versions; i++)
        {
            Assert.Equal(i <= version, tables.Contains("t" + i));
        }

        Assert.Equal((long)RowsPerVersion, await database.CountAsync("t" + version));

        var rerun = await tool.RunAsync(directory.Path, args);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.StartsWith($"Running upgrade {version} -> {version + 1}", rerun.Stdout);
        Assert.Equal(Versions, await database.GetVersionAsync("killed"));
    }

    [Fact]
    public async Task Foreign_keys_are_not_enforced_during_a_migration_as_in_sqlite3_and_sqlalchemy_migrate()
    {
        using var directory = new TempDirectory("dbsync-fk");
        var database = new SqliteTestDatabase(directory.Path);
        await using var workspace = await Workspace.CreateAsync(directory, database);
        Assert.Equal(0, (await workspace.RunAsync("upgrade", "--revision", "2")).ExitCode);
        workspace.WriteScript("003_add_stock_audit_default_upgrade.sql",
            "INSERT INTO stock (item_id, warehouse_id, quantity) VALUES (42, 1, 5);\nINSERT INTO items (id, sku, name) VALUES (42, 'HW-42', 'Hammer');\n");

        var result = await workspace.RunAsync("upgrade", "--revision", "3");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(5L, await database.ScalarAsync("SELECT quantity FROM stock WHERE item_id = 42"));
    }

    [Fact]
    public async Task Files_named_like_scripts_but_not_sql_are_ignored_and_named_with_debug()
    {
        using var directory = new TempDirectory("dbsync-ignored");
        var database = new SqliteTestDatabase(directory.Path);
        await using var workspace = await Workspace.CreateAsync(directory, database);
        workspace.WriteScript("005_add_ports_default_upgrade.sql.orig", "CREATE TABLE ports (id INTEGER);\n");

        var result = await workspace.RunAsync("--debug", "upgrade");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("debug: ignored versions/005_add_ports_default_upgrade.sql.orig (not a .sql script)", result.Stderr);
        Assert.Equal(4, await database.GetVersionAsync("inventory"));
    }

    [Fact]
    public async Task A_failing_statement_leaves_the_database_exactly_at_the_previous_version()
    {
        using var directory = new TempDirectory("dbsync-sqlite");
        var database = new SqliteTestDatabase(directory.Path);
        await using var workspace = await Workspace.CreateAsync(directory, database);
        Assert.Equal(0, (await workspace.RunAsync("upgrade", "--revision", "3")).ExitCode);
        await database.ExecuteAsync("INSERT INTO items (id, sku, name) VALUES (1, 'HW-1', 'Drill')");
        string schemaBefore = await database.DumpSchemaAsync();
        workspace.WriteScript("004_add_item_category_default_upgrade.sql",
            "ALTER TABLE items ADD COLUMN category VARCHAR(32);\nUPDATE items SET category = 'hardware';\nCREATE INDEX ix_broken ON no_such_table (x);\n");

        var result = await workspace.RunAsync("upgrade");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("004_add_item_category_default_upgrade.sql(3,1): error DBS103: SQLite Error 1: 'no such table: main.no_such_table'", result.Stderr);
        Assert.Contains("nothing of version 4 was applied; the database is still at version 3.", result.Stderr);
        Assert.Equal(schemaBefore, await database.DumpSchemaAsync());
        Assert.Equal(3, await database.GetVersionAsync("inventory"));
        Assert.Equal(1L, await database.CountAsync("items"));
    }
}
