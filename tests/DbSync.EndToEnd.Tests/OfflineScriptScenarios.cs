using DbSync.Testing;
using DbSync.Testing.Databases;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// `upgrade --sql` and `downgrade --sql` through the packed tool: the script, run by the database's own client
/// (sqlite3, mariadb), leaves the schema and version row that `upgrade` leaves on another fresh database. One suite,
/// one subclass per database.
/// </summary>
public abstract class OfflineScriptScenarios
{
    private const string RepositoryId = "inventory";

    /// <summary>A new empty database named <paramref name="name"/> (an SQLite file in <paramref name="directory"/>, a MariaDB database).</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory, string name);

    /// <summary>A URL of this dialect that nothing answers, to show --from connects to nothing.</summary>
    protected abstract string UnreachableUrl(TempDirectory directory);

    private async Task<Workspace> NewWorkspaceAsync()
    {
        var directory = new TempDirectory("dbsync-offline");
        try
        {
            return await Workspace.CreateAsync(directory, await CreateDatabaseAsync(directory, "offline.sqlite"));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Runs the tool in the workspace on <paramref name="url"/> (DBSYNC_DATABASE_CONNECTION) instead of the configured database.</summary>
    private static async Task<ProcessResult> RunOnAsync(Workspace workspace, string url, params string[] args)
    {
        var result = await workspace.Tool.RunAsync(workspace.Directory.Path, ["--config-file", workspace.ConfigPath, .. args],
            new Dictionary<string, string?> { ["DBSYNC_DATABASE_CONNECTION"] = url });
        if (workspace.Database.Password is { } password)
        {
            Assert.DoesNotContain(password, result.Output, StringComparison.Ordinal);
        }

        return result;
    }

    /// <summary>Runs a script with the database's client, asserting it succeeded.</summary>
    private static async Task RunClientAsync(TestDatabase database, string script)
    {
        var result = await database.RunClientAsync(script);
        Assert.True(result.ExitCode == 0, result + "\n--- script ---\n" + script);
    }

    [Fact]
    public async Task Upgrade_sql_run_by_the_database_client_leaves_the_schema_and_version_row_upgrade_leaves()
    {
        await using var workspace = await NewWorkspaceAsync();
        await using var upgraded = await CreateDatabaseAsync(workspace.Directory, "upgraded.sqlite");

        var sql = await workspace.RunCheckedAsync("upgrade", "--sql");

        AssertSuccess(sql);
        Assert.Empty(await workspace.Database.GetTablesAsync());
        Assert.Contains("Database: " + workspace.Database.DescribedAs, sql.Stderr);
        Assert.Contains("Offline script: upgrade from version 0 to 4 (4 versions), putting the database under version control first.", sql.Stderr);
        Assert.StartsWith("-- DbSync offline script: upgrade of repository 'inventory' from version 0 to 4", sql.Stdout);
        Assert.Contains("-- Version 3 (2 -> 3): 003_add_stock_audit_" + (workspace.Database.Name switch { "sqlite" => "default", "postgresql" => "postgresql", _ => "mysql" }) + "_upgrade.sql", sql.Stdout);
        await RunClientAsync(workspace.Database, sql.Stdout);
        AssertSuccess(await RunOnAsync(workspace, upgraded.Url, "upgrade"));

        Assert.Equal(await upgraded.DescribeSchemaAsync(), await workspace.Database.DescribeSchemaAsync());
        Assert.Equal(await upgraded.GetVersionRowsAsync(), await workspace.Database.GetVersionRowsAsync());
        Assert.Equal(4, await workspace.Database.GetVersionAsync(RepositoryId));
        var again = await workspace.RunCheckedAsync("upgrade");
        AssertSuccess(again);
        Assert.Equal("Database is already at version 4 (latest).", again.Stdout.Trim());
    }

    [Fact]
    public async Task Downgrade_sql_from_head_and_upgrade_sql_from_a_version_run_by_the_client_match_the_tool()
    {
        await using var workspace = await NewWorkspaceAsync();
        await using var reference = await CreateDatabaseAsync(workspace.Directory, "reference.sqlite");
        AssertSuccess(await workspace.RunCheckedAsync("upgrade"));
        await workspace.Database.ExecuteAsync("INSERT INTO items (id, sku, name) VALUES (7, 'HW-7', 'Saw')");
        AssertSuccess(await RunOnAsync(workspace, reference.Url, "upgrade", "--revision", "1"));

        var down = await workspace.RunCheckedAsync("downgrade", "--revision", "1", "--sql", "--from", "head");
        AssertSuccess(down);
        Assert.Contains("(not connected: --from head)", down.Stderr);
        Assert.Contains("-- Downgrade of version 4 (4 -> 3): 004_add_item_category_", down.Stdout);
        Assert.DoesNotContain("(repository_id VARCHAR(250) NOT NULL, repository_path TEXT", down.Stdout);
        await RunClientAsync(workspace.Database, down.Stdout);

        Assert.Equal(1, await workspace.Database.GetVersionAsync(RepositoryId));
        Assert.Equal(await reference.DescribeSchemaAsync(), await workspace.Database.DescribeSchemaAsync());
        Assert.Equal("Saw", await workspace.Database.ScalarAsync("SELECT name FROM items WHERE id = 7"));

        string file = workspace.Directory.Combine("up.sql");
        var up = await workspace.RunCheckedAsync("upgrade", "--sql", "--from", "1", "--output-file", file);
        AssertSuccess(up);
        Assert.Empty(up.Stdout);
        Assert.EndsWith("written to " + file + ".", up.Stderr.TrimEnd());
        await RunClientAsync(workspace.Database, await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        AssertSuccess(await RunOnAsync(workspace, reference.Url, "upgrade"));
        Assert.Equal(await reference.DescribeSchemaAsync(), await workspace.Database.DescribeSchemaAsync());
        Assert.Equal(await reference.GetVersionRowsAsync(), await workspace.Database.GetVersionRowsAsync());
    }

    [Fact]
    public async Task Upgrade_sql_with_from_connects_to_nothing()
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await RunOnAsync(workspace, UnreachableUrl(workspace.Directory), "upgrade", "--sql", "--from", "2", "--revision", "+1");

        AssertSuccess(result);
        Assert.Contains("-- Version 3 (2 -> 3)", result.Stdout);
        Assert.DoesNotContain("-- Version 4", result.Stdout);
        Assert.Contains("Offline script: upgrade from version 2 to 3 (1 version).", result.Stderr);
    }

    [Fact]
    public async Task Upgrade_sql_on_a_database_with_tables_but_no_version_row_is_refused_as_upgrade_is()
    {
        await using var workspace = await NewWorkspaceAsync();
        await workspace.Database.ExecuteAsync("CREATE TABLE legacy (id INTEGER)");

        var result = await workspace.RunCheckedAsync("upgrade", "--sql");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains("error DBS102: The database is not under version control, but has tables.", result.Stderr);
    }

    [Fact]
    public async Task From_or_output_file_without_sql_is_a_bad_command_line()
    {
        await using var workspace = await NewWorkspaceAsync();

        var from = await workspace.RunCheckedAsync("upgrade", "--from", "2");
        var json = await workspace.RunCheckedAsync("upgrade", "--sql", "--format", "json");

        Assert.Equal(2, from.ExitCode);
        Assert.Contains("error DBS200: --from applies to an offline script: add --sql", from.Stderr);
        Assert.Equal(2, json.ExitCode);
        Assert.Contains("error DBS200: --sql prints SQL, not JSON", json.Stderr);
        Assert.Empty(await workspace.Database.GetTablesAsync());
    }
}
