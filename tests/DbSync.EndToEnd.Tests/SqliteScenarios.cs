using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>What SQLite adds to the shared scenarios: a failed version leaves nothing behind.</summary>
public sealed class SqliteScenarios
{
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
        Assert.Contains("004_add_item_category_default_upgrade.sql line 3: SQLite Error 1: 'no such table: main.no_such_table'", result.Stderr);
        Assert.Contains("nothing of version 4 was applied; the database is still at version 3.", result.Stderr);
        Assert.Equal(schemaBefore, await database.DumpSchemaAsync());
        Assert.Equal(3, await database.GetVersionAsync("inventory"));
        Assert.Equal(1L, await database.CountAsync("items"));
    }
}
