using DbSync.Testing;
using DbSync.Testing.Databases;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// The audit trail (dbsync_history) through the packed tool: history shows it, verify and upgrade catch an applied
/// script edited since, --allow-changed and stamp get past it, an offline script run by the client records the same
/// rows, and a database without the trail prints its history as before. One suite, a subclass per database.
/// </summary>
public abstract class AuditTrailScenarios
{
    private const string RepositoryId = "inventory";
    private const string AppliedAt = @"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z";

    protected abstract Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory);

    private async Task<Workspace> NewWorkspaceAsync()
    {
        var directory = new TempDirectory("dbsync-e2e-audit");
        try
        {
            return await Workspace.CreateAsync(directory, await CreateDatabaseAsync(directory));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    [Fact]
    public async Task An_edited_applied_script_is_caught_by_verify_and_upgrade_until_allowed_or_stamped()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await workspace.RunCheckedAsync("upgrade", "--revision", "3"));
        var history = await workspace.RunCheckedAsync("history");
        var clean = await workspace.RunCheckedAsync("verify");

        AssertSuccess(history);
        string[] lines = Lines(history.Stdout);
        Assert.Matches("^applied  1  001_create_items *  " + AppliedAt + "  upgrade +[0-9]+ ms  [^ ]+@[^ ]+  ok$", lines[0]);
        Assert.Matches("^applied  3  003_add_stock_audit \\(current\\) *  " + AppliedAt + "  upgrade +[0-9]+ ms  [^ ]+@[^ ]+  ok$", lines[2]);
        Assert.Matches("^pending  4  004_add_item_category \\(head\\) *  -$", lines[3]);
        AssertSuccess(clean);
        Assert.Equal("Database at version 3: 3 applied scripts unchanged.", clean.Stdout.Trim());

        string edited = Path.Combine(workspace.VersionsPath, "002_add_warehouses_and_stock_default_upgrade.sql");
        File.AppendAllText(edited, "\n-- a comment added after the release\n");
        var caught = await workspace.RunCheckedAsync("verify");
        var json = await workspace.RunCheckedAsync("verify", "--format", "json");
        var refused = await workspace.RunCheckedAsync("upgrade");

        Assert.Equal(1, caught.ExitCode);
        Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(edited) + @"\(1,1\): error DBS116: 002_add_warehouses_and_stock_default_upgrade\.sql \(version 2\)"
            + " changed since it was applied: sha256 [0-9a-f]{12} recorded " + AppliedAt + ", [0-9a-f]{12} now$", Lines(caught.Stdout)[0]);
        Assert.StartsWith("Database at version 3: 2 applied scripts unchanged, 1 changed.", Lines(caught.Stdout)[1]);
        Assert.Equal(1, json.ExitCode);
        Assert.Contains("\"changed\": [", json.Stdout);
        Assert.Contains("\"script\": \"002_add_warehouses_and_stock_default_upgrade.sql\"", json.Stdout);
        Assert.Equal(1, refused.ExitCode);
        string error = Assert.Single(Lines(refused.Stderr), l => l.Contains("error DBS116", StringComparison.Ordinal));
        Assert.StartsWith(edited + "(1,1): error DBS116: 002_add_warehouses_and_stock_default_upgrade.sql (version 2) changed since it was applied", error);
        Assert.Equal(3, await workspace.Database.GetVersionAsync(RepositoryId));

        var allowed = await workspace.RunCheckedAsync("upgrade", "--allow-changed");
        AssertSuccess(allowed);
        Assert.Contains("warning: 002_add_warehouses_and_stock_default_upgrade.sql (version 2) changed since it was applied", allowed.Stderr);
        Assert.Equal(4, await workspace.Database.GetVersionAsync(RepositoryId));
        Assert.Equal(1, (await workspace.RunCheckedAsync("verify")).ExitCode);

        AssertSuccess(await workspace.RunCheckedAsync("stamp", "--revision", "head"));
        var accepted = await workspace.RunCheckedAsync("verify");
        AssertSuccess(accepted);
        Assert.Equal("Database at version 4: 4 applied scripts unchanged.", accepted.Stdout.Trim());
        Assert.Matches("^applied  2  002_add_warehouses_and_stock *  " + AppliedAt + "  stamp +-  [^ ]+@[^ ]+  ok$",
            Lines((await workspace.RunCheckedAsync("history")).Stdout)[1]);
    }

    [Fact]
    public async Task A_failed_version_shows_as_failed_in_history()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.WriteScript("005_broken_default_upgrade.sql", "CREATE TABLE broken (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n");
        workspace.WriteScript("005_broken_default_downgrade.sql", "DROP TABLE broken;\n");

        Assert.Equal(1, (await workspace.RunCheckedAsync("upgrade")).ExitCode);
        var history = await workspace.RunCheckedAsync("history");

        AssertSuccess(history);
        Assert.Matches("^(pending  |partly   )5  005_broken \\(head\\) *  " + AppliedAt + "  upgrade +[0-9]+ ms  [^ ]+@[^ ]+  FAILED$", Lines(history.Stdout)[4]);
        Assert.Equal(["upgrade|ok", "upgrade|ok", "upgrade|ok", "upgrade|ok", "upgrade|failed"], await RowsAsync(workspace.Database));
    }

    [Fact]
    public async Task An_offline_script_run_by_the_client_records_the_same_trail_and_verify_passes()
    {
        await using var workspace = await NewWorkspaceAsync();

        var sql = await workspace.RunCheckedAsync("upgrade", "--sql", "--from", "base");
        AssertSuccess(sql);
        var client = await workspace.Database.RunClientAsync(sql.Stdout);
        Assert.True(client.ExitCode == 0, client + "\n--- script ---\n" + sql.Stdout);

        Assert.Equal(["upgrade|ok", "upgrade|ok", "upgrade|ok", "upgrade|ok"], await RowsAsync(workspace.Database));
        Assert.All(await workspace.Database.ColumnAsync("SELECT applied_at FROM dbsync_history"), a => Assert.Matches("^" + AppliedAt + "$", a));
        var verify = await workspace.RunCheckedAsync("verify");
        AssertSuccess(verify);
        Assert.Equal("Database at version 4: 4 applied scripts unchanged.", verify.Stdout.Trim());
    }

    [Fact]
    public async Task A_database_without_the_trail_prints_its_history_as_before_and_verify_counts_its_versions_as_unrecorded()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await workspace.RunCheckedAsync("upgrade", "--revision", "2"));
        await workspace.Database.ExecuteAsync("DROP TABLE dbsync_history");

        var history = await workspace.RunCheckedAsync("history");
        var verify = await workspace.RunCheckedAsync("verify");

        AssertSuccess(history);
        Assert.Equal(
            [
                "applied  1  001_create_items",
                "applied  2  002_add_warehouses_and_stock (current)",
                "pending  3  003_add_stock_audit",
                "pending  4  004_add_item_category (head)",
                "Database at version 2; 2 versions pending.",
            ], Lines(history.Stdout));
        AssertSuccess(verify);
        Assert.Equal("Database at version 2: 0 applied scripts unchanged, 2 without a recorded checksum (applied before the audit trail).", verify.Stdout.Trim());
        Assert.DoesNotContain("dbsync_history", await workspace.Database.GetTablesAsync());
    }

    /// <summary>"direction|ok" per row, in the order written, read with the database's own driver.</summary>
    private static async Task<IReadOnlyList<string>> RowsAsync(TestDatabase database)
    {
        var directions = await database.ColumnAsync("SELECT direction FROM dbsync_history ORDER BY id");
        var outcomes = await database.ColumnAsync("SELECT CASE WHEN success THEN 'ok' ELSE 'failed' END FROM dbsync_history ORDER BY id");
        return directions.Select((d, i) => d + "|" + outcomes[i]).ToList();
    }
}
