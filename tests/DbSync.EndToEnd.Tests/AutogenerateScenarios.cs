using DbSync.Testing;
using DbSync.Testing.Databases;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// `revision --autogenerate`, `check` and `create_schema` through the packed tool, on an SQLite file and the sample
/// repository, whose model.sql matches what its four versions build.
/// </summary>
public sealed class AutogenerateScenarios
{
    private const string RepositoryId = "inventory";

    private static async Task<Workspace> NewWorkspaceAsync()
    {
        var directory = new TempDirectory("dbsync-autogen");
        try
        {
            return await Workspace.CreateAsync(directory, new SqliteTestDatabase(directory.Path, "inventory-test.sqlite"));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    private static SqliteTestDatabase Sqlite(Workspace workspace) => (SqliteTestDatabase)workspace.Database;

    [Fact]
    public async Task Check_passes_on_the_sample_whose_model_matches_its_scripts_without_touching_the_database()
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await workspace.RunAsync("check");

        AssertSuccess(result);
        Assert.Equal("The model matches the schema of version 4 (latest).", result.Stdout.Trim());
        Assert.False(Sqlite(workspace).Exists);
    }

    [Fact]
    public async Task A_model_edit_makes_check_fail_naming_each_change()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.EditModel("city VARCHAR(100) NOT NULL", "city VARCHAR(120) NOT NULL,\n    phone VARCHAR(20)");
        workspace.EditModel("CREATE INDEX ix_stock_warehouse ON stock (warehouse_id);", "CREATE TABLE ports (id INTEGER PRIMARY KEY, name TEXT NOT NULL);");

        var result = await workspace.RunAsync("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "The model differs from the schema of version 4 (latest); to match the model, the scripts would have to:",
                "  add table ports",
                "  drop index ix_stock_warehouse on stock",
                "  alter column warehouses.city: type VARCHAR(100) -> VARCHAR(120)",
                "  add column warehouses.phone VARCHAR(20)",
                "Write a revision for them with: dotnet dbsync revision -m \"MESSAGE\" --autogenerate",
            ],
            Lines(result.Stdout));
    }

    [Fact]
    public async Task Autogenerate_writes_a_revision_that_upgrade_applies_keeping_rows_and_downgrade_undoes()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await workspace.RunAsync("upgrade"));
        await workspace.Database.ExecuteAsync("INSERT INTO items (id, sku, name) VALUES (1, 'HW-1', 'Drill'), (2, 'SW-2', 'Licence')");
        await workspace.Database.ExecuteAsync("INSERT INTO warehouses (id, code, city) VALUES (2, 'B', 'Bay')");
        await workspace.Database.ExecuteAsync("INSERT INTO stock (item_id, warehouse_id, quantity) VALUES (1, 2, 5)");
        workspace.EditModel("name VARCHAR(200) NOT NULL,", "name VARCHAR(250) NOT NULL,\n    weight REAL,");
        workspace.EditModel("CREATE INDEX ix_items_category ON items (category);",
            "CREATE INDEX ix_items_category ON items (category, name);\n\nCREATE TABLE ports (id INTEGER PRIMARY KEY, warehouse_id INTEGER NOT NULL REFERENCES warehouses (id) ON DELETE CASCADE, name TEXT NOT NULL);");

        var revision = await workspace.RunAsync("revision", "-m", "Ports and item weight", "--autogenerate");

        AssertSuccess(revision);
        Assert.Equal(
            [
                "Detected 5 changes:",
                "  add table ports",
                "  drop index ix_items_category on items",
                "  alter column items.name: type VARCHAR(200) -> VARCHAR(250)",
                "  add column items.weight REAL",
                "  add index ix_items_category on items (category, name)",
                "Wrote revision 5:",
                "  " + Path.Combine("migrations", "versions", "005_ports_and_item_weight_default_upgrade.sql"),
                "  " + Path.Combine("migrations", "versions", "005_ports_and_item_weight_default_downgrade.sql"),
            ],
            Lines(revision.Stdout));
        string upgradeScript = await File.ReadAllTextAsync(Path.Combine(workspace.VersionsPath, "005_ports_and_item_weight_default_upgrade.sql"), TestContext.Current.CancellationToken);
        Assert.StartsWith("-- Ports and item weight\n", upgradeScript);
        Assert.Contains("-- Changes detected between the database and the model:\n--   add table ports\n", upgradeScript);
        Assert.Contains("CREATE TABLE ports (", upgradeScript);
        string downgradeScript = await File.ReadAllTextAsync(Path.Combine(workspace.VersionsPath, "005_ports_and_item_weight_default_downgrade.sql"), TestContext.Current.CancellationToken);
        Assert.Contains("-- Undoes:\n--   add table ports\n", downgradeScript);
        Assert.Contains("DROP TABLE ports;", downgradeScript);

        var upgrade = await workspace.RunAsync("upgrade");
        AssertSuccess(upgrade);
        Assert.StartsWith("Running upgrade 4 -> 5 (005_ports_and_item_weight)", upgrade.Stdout);
        Assert.Equal(5, await workspace.Database.GetVersionAsync(RepositoryId));
        Assert.Equal(2L, await workspace.Database.CountAsync("items"));
        Assert.Equal("Licence", await workspace.Database.ScalarAsync("SELECT name FROM items WHERE id = 2"));
        Assert.Equal(5L, await workspace.Database.ScalarAsync("SELECT quantity FROM stock WHERE item_id = 1"));

        AssertSuccess(await workspace.RunAsync("check"));
        var again = await workspace.RunAsync("revision", "-m", "nothing", "--autogenerate");
        AssertSuccess(again);
        Assert.StartsWith("No changes between the database and the model; nothing written", again.Stdout);
        Assert.Empty(Directory.GetFiles(workspace.VersionsPath, "006_*"));

        // The sample's audit trigger on stock survives the rebuild of items and still fires.
        await workspace.Database.ExecuteAsync("UPDATE stock SET quantity = 9 WHERE item_id = 1");
        Assert.Equal("in", await workspace.Database.ScalarAsync("SELECT direction FROM stock_audit WHERE item_id = 1"));

        AssertSuccess(await workspace.RunAsync("downgrade", "--revision", "4"));
        Assert.DoesNotContain("ports", await workspace.Database.GetTablesAsync());
        Assert.Equal("Drill", await workspace.Database.ScalarAsync("SELECT name FROM items WHERE id = 1"));
        Assert.Equal(9L, await workspace.Database.ScalarAsync("SELECT quantity FROM stock WHERE item_id = 1"));
    }

    [Fact]
    public async Task A_renamed_column_is_a_warning_with_the_option_to_give_and_rename_keeps_its_data_both_ways()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await workspace.RunAsync("upgrade"));
        await workspace.Database.ExecuteAsync("INSERT INTO warehouses (id, code, city) VALUES (2, 'B', 'Bay')");
        workspace.EditModel("city VARCHAR(100) NOT NULL", "town VARCHAR(100) NOT NULL");

        var bad = await workspace.RunAsync("revision", "-m", "town", "--autogenerate", "--rename", "warehouses.city=place");

        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("error DBS200: --rename warehouses.city=place: the change does not add column warehouses.place (the model has no such column)",
            Assert.Single(Lines(bad.Stderr), l => l.Contains("error", StringComparison.Ordinal)));
        Assert.Empty(Directory.GetFiles(workspace.VersionsPath, "005_*"));

        var hinted = await workspace.RunAsync("revision", "-m", "town", "--autogenerate");

        AssertSuccess(hinted);
        Assert.Contains("warning: dropping column warehouses.city deletes the data in it", Lines(hinted.Stderr));
        Assert.Contains("warning: column warehouses.city is dropped and warehouses.town added with the same type: if it is a rename,"
            + " 'revision --autogenerate --rename warehouses.city=town' keeps the data", Lines(hinted.Stderr));
        Assert.Contains("-- WARNING: dropping column warehouses.city deletes the data in it",
            await File.ReadAllTextAsync(Path.Combine(workspace.VersionsPath, "005_town_default_upgrade.sql"), TestContext.Current.CancellationToken));
        foreach (string file in Directory.GetFiles(workspace.VersionsPath, "005_*"))
        {
            File.Delete(file);
        }

        var renamed = await workspace.RunAsync("revision", "-m", "town", "--autogenerate", "--rename", "warehouses.city=town");

        AssertSuccess(renamed);
        Assert.DoesNotContain("warning:", renamed.Stderr, StringComparison.Ordinal);
        Assert.Contains("  rename column warehouses.city -> warehouses.town", Lines(renamed.Stdout));
        AssertSuccess(await workspace.RunAsync("upgrade"));
        Assert.Equal("Bay", await workspace.Database.ScalarAsync("SELECT town FROM warehouses WHERE id = 2"));
        AssertSuccess(await workspace.RunAsync("downgrade", "--revision", "4"));
        Assert.Equal("Bay", await workspace.Database.ScalarAsync("SELECT city FROM warehouses WHERE id = 2"));
    }

    [Fact]
    public async Task Autogenerate_without_changes_writes_nothing_unless_allow_empty_is_given()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await workspace.RunAsync("upgrade"));

        var nothing = await workspace.RunAsync("revision", "-m", "no change", "--autogenerate");
        AssertSuccess(nothing);
        Assert.Equal("No changes between the database and the model; nothing written (--allow-empty writes an empty revision).", nothing.Stdout.Trim());
        Assert.Empty(Directory.GetFiles(workspace.VersionsPath, "005_*"));

        var empty = await workspace.RunAsync("revision", "-m", "no change", "--autogenerate", "--allow-empty");
        AssertSuccess(empty);
        Assert.Contains("Wrote revision 5:", empty.Stdout);
        Assert.Contains("-- Write the statements that upgrade the schema", await File.ReadAllTextAsync(Path.Combine(workspace.VersionsPath, "005_no_change_default_upgrade.sql"), TestContext.Current.CancellationToken));

        var misuse = await workspace.RunAsync("revision", "-m", "x", "--allow-empty");
        Assert.Equal(2, misuse.ExitCode);
        Assert.Contains("--allow-empty only applies with --autogenerate", misuse.Stderr);
    }

    [Fact]
    public async Task Autogenerate_refuses_a_database_behind_the_latest_version()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await workspace.RunAsync("upgrade", "--revision", "3"));

        var result = await workspace.RunAsync("revision", "-m", "too early", "--autogenerate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error DBS115: the database is at version 3, not at the latest version 4: run 'dotnet dbsync upgrade' first", result.Stderr);
        Assert.Empty(Directory.GetFiles(workspace.VersionsPath, "005_*"));
    }

    [Fact]
    public async Task Create_schema_builds_the_model_in_an_empty_database_and_stamps_the_latest_version()
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await workspace.RunAsync("create_schema");

        AssertSuccess(result);
        Assert.Equal("Created 4 tables from the model and stamped version 4 (was None).", result.Stdout.Trim());
        Assert.Equal(4, await workspace.Database.GetVersionAsync(RepositoryId));
        Assert.Equal(["items", "migrate_version", "stock", "stock_audit", "warehouses"], (await workspace.Database.GetSchemaTablesAsync()).Order());

        // The database now introspects equal to the model: autogenerate finds nothing, and upgrade has nothing to run.
        var compare = await workspace.RunAsync("revision", "-m", "compare", "--autogenerate");
        AssertSuccess(compare);
        Assert.StartsWith("No changes between the database and the model", compare.Stdout);
        Assert.Equal("Database is already at version 4 (latest).", (await workspace.RunAsync("upgrade")).Stdout.Trim());
        await workspace.Database.ExecuteAsync("INSERT INTO items (id, sku, name) VALUES (1, 'HW-1', 'Drill')");
        await workspace.Database.ExecuteAsync("INSERT INTO warehouses (id, code, city) VALUES (1, 'MAIN', 'Main street')");
        await workspace.Database.ExecuteAsync("INSERT INTO stock (item_id, warehouse_id, quantity) VALUES (1, 1, 0)");
        await workspace.Database.ExecuteAsync("UPDATE stock SET quantity = 3");
        Assert.Equal("in", await workspace.Database.ScalarAsync("SELECT direction FROM stock_audit"));
    }

    [Fact]
    public async Task Create_schema_refuses_a_model_that_lacks_a_table_of_the_latest_version_and_creates_nothing()
    {
        await using var workspace = await NewWorkspaceAsync();
        // The model forgets the audit table version 3 creates (and the trigger writing it): stamping version 4 would be a lie.
        string model = await File.ReadAllTextAsync(workspace.ModelPath(), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(workspace.ModelPath(), model[..model.IndexOf("-- A trail of every stock change", StringComparison.Ordinal)], TestContext.Current.CancellationToken);

        var result = await workspace.RunAsync("create_schema");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error DBS115: the model differs from the schema the upgrade scripts build at version 4 (latest), so create_schema would record version 4"
            + " on a schema that is not at it; nothing was created. To match the model, the scripts would have to:", result.Stderr);
        Assert.Contains("  drop table stock_audit", result.Stderr);
        Assert.Contains("'dotnet dbsync check' makes the same comparison.", result.Stderr);
        Assert.False(Sqlite(workspace).Exists);
    }

    [Fact]
    public async Task Create_schema_is_also_create_dash_schema_and_refuses_a_database_with_tables()
    {
        await using var workspace = await NewWorkspaceAsync();
        await workspace.Database.ExecuteAsync("CREATE TABLE legacy (id INTEGER PRIMARY KEY)");
        string before = await Sqlite(workspace).DumpSchemaAsync();

        var result = await workspace.RunAsync("create-schema");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error DBS115: the database already has tables (legacy); create_schema only creates the model's tables in an empty database", result.Stderr);
        Assert.Equal(before, await Sqlite(workspace).DumpSchemaAsync());
    }

    [Fact]
    public async Task A_repository_without_a_model_is_told_how_to_set_one()
    {
        await using var workspace = await NewWorkspaceAsync();
        string config = Path.Combine(workspace.RepositoryPath, "migrate.cfg");
        await File.WriteAllTextAsync(config, (await File.ReadAllTextAsync(config, TestContext.Current.CancellationToken)).Replace("model = model.sql", string.Empty, StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var result = await workspace.RunAsync("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error DBS108: the repository has no model: add 'model = model.sql' under [dbsync] in " + config, result.Stderr);
    }

    [Fact]
    public async Task A_broken_model_names_model_sql_its_line_and_the_statement()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.EditModel("city VARCHAR(100) NOT NULL", "city VARCHAR(100) NOT NULL REFERENCES");

        var result = await workspace.RunAsync("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("model.sql(16,1): error DBS103: ", result.Stderr);
        Assert.Contains("statement: CREATE TABLE warehouses (", result.Stderr);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }
}
