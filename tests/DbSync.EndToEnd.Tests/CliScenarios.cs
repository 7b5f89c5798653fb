using DbSync.Testing;
using DbSync.Testing.Databases;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// The user-facing behaviour of `dotnet dbsync`, run through the packed tool against a real database. One suite,
/// one subclass per database: what holds here holds on SQLite and on MariaDB alike.
/// </summary>
public abstract class CliScenarios
{
    private const string RepositoryId = "inventory";

    protected abstract Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory);

    protected async Task<Workspace> NewWorkspaceAsync()
    {
        var directory = new TempDirectory("dbsync-e2e");
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

    /// <summary>Runs the tool and checks what must hold for every run: no password in the output, no stack trace without --debug.</summary>
    protected static Task<ProcessResult> RunAsync(Workspace workspace, params string[] args) => workspace.RunCheckedAsync(args);

    protected static void AssertSuccess(ProcessResult result) => ToolOutput.AssertSuccess(result);

    [Fact]
    public async Task Upgrade_applies_every_version_with_one_timed_progress_line_each()
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await RunAsync(workspace, "upgrade");

        AssertSuccess(result);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^Running upgrade 0 -> 1 \(001_create_items\) \.\.\. [0-9.]+ ms$", lines[0]);
        Assert.Matches(@"^Running upgrade 1 -> 2 \(002_add_warehouses_and_stock\) \.\.\. [0-9.]+ ms$", lines[1]);
        Assert.Matches(@"^Running upgrade 2 -> 3 \(003_add_stock_audit\) \.\.\. [0-9.]+ ms$", lines[2]);
        Assert.Matches(@"^Running upgrade 3 -> 4 \(004_add_item_category\) \.\.\. [0-9.]+ ms$", lines[3]);
        Assert.StartsWith("Upgraded from version 0 to 4 (4 versions)", lines[4]);
        Assert.Equal(4, await workspace.Database.GetVersionAsync(RepositoryId));
        Assert.Equal(["items", "migrate_version", "stock", "stock_audit", "warehouses"], (await workspace.Database.GetSchemaTablesAsync()).Order());
    }

    [Fact]
    public async Task Upgrade_is_the_default_command_and_a_second_run_does_nothing()
    {
        await using var workspace = await NewWorkspaceAsync();

        AssertSuccess(await RunAsync(workspace));
        var again = await RunAsync(workspace);

        AssertSuccess(again);
        Assert.Equal("Database is already at version 4 (latest).", again.Stdout.Trim());
        Assert.Equal(4, await workspace.Database.GetVersionAsync(RepositoryId));
    }

    [Fact]
    public async Task Upgrade_to_a_revision_stops_there_and_the_next_upgrade_continues()
    {
        await using var workspace = await NewWorkspaceAsync();

        AssertSuccess(await RunAsync(workspace, "upgrade", "--revision", "2"));
        Assert.Equal(2, await workspace.Database.GetVersionAsync(RepositoryId));
        Assert.DoesNotContain("stock_audit", await workspace.Database.GetTablesAsync());

        var rest = await RunAsync(workspace, "upgrade");
        AssertSuccess(rest);
        Assert.StartsWith("Running upgrade 2 -> 3", rest.Stdout);
        Assert.Equal(4, await workspace.Database.GetVersionAsync(RepositoryId));
    }

    [Fact]
    public async Task Version_prints_None_before_control_and_the_version_after_without_changing_anything()
    {
        await using var workspace = await NewWorkspaceAsync();

        var before = await RunAsync(workspace, "version");
        AssertSuccess(before);
        Assert.Equal("None", before.Stdout.Trim());
        Assert.Empty(await workspace.Database.GetTablesAsync());

        AssertSuccess(await RunAsync(workspace, "upgrade", "--revision", "3"));
        var after = await RunAsync(workspace, "version");
        AssertSuccess(after);
        Assert.Equal("3", after.Stdout.Trim());
    }

    [Fact]
    public async Task Data_migrations_and_triggers_run_as_written()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await RunAsync(workspace, "upgrade", "--revision", "1"));
        await workspace.Database.ExecuteAsync("INSERT INTO items (id, sku, name) VALUES (1, 'HW-1', 'Drill'), (2, 'SW-9', 'Licence'), (3, 'X-3', 'Box')");

        AssertSuccess(await RunAsync(workspace, "upgrade"));

        Assert.Equal(3, await workspace.Database.CountAsync("stock"));
        Assert.Equal("Main street; dock 1 -- north", await workspace.Database.ScalarAsync("SELECT city FROM warehouses WHERE code = 'MAIN'"));
        Assert.Equal("hardware", await workspace.Database.ScalarAsync("SELECT category FROM items WHERE id = 1"));
        Assert.Equal("general", await workspace.Database.ScalarAsync("SELECT category FROM items WHERE id = 3"));
        await workspace.Database.ExecuteAsync("UPDATE stock SET quantity = 5 WHERE item_id = 2");
        Assert.Equal("in", await workspace.Database.ScalarAsync("SELECT direction FROM stock_audit WHERE item_id = 2"));
    }

    [Fact]
    public async Task Downgrade_runs_downgrade_scripts_down_to_the_revision_and_keeps_earlier_data()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await RunAsync(workspace, "upgrade"));
        await workspace.Database.ExecuteAsync("INSERT INTO items (id, sku, name) VALUES (7, 'HW-7', 'Saw')");

        var result = await RunAsync(workspace, "downgrade", "--revision", "1");

        AssertSuccess(result);
        Assert.Contains("Running downgrade 4 -> 3 (004_add_item_category)", result.Stdout);
        Assert.Contains("Running downgrade 2 -> 1 (002_add_warehouses_and_stock)", result.Stdout);
        Assert.Equal(1, await workspace.Database.GetVersionAsync(RepositoryId));
        Assert.Equal(["items", "migrate_version"], (await workspace.Database.GetSchemaTablesAsync()).Order());
        Assert.Equal("Saw", await workspace.Database.ScalarAsync("SELECT name FROM items WHERE id = 7"));

        AssertSuccess(await RunAsync(workspace, "downgrade", "--revision", "base"));
        Assert.Equal(0, await workspace.Database.GetVersionAsync(RepositoryId));
        Assert.Equal(["migrate_version"], await workspace.Database.GetSchemaTablesAsync());
    }

    [Fact]
    public async Task Stamp_records_a_version_without_running_scripts()
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await RunAsync(workspace, "stamp", "--revision", "3");

        AssertSuccess(result);
        Assert.Equal("Stamped version 3 (was None).", result.Stdout.Trim());
        Assert.Equal(3, await workspace.Database.GetVersionAsync(RepositoryId));
        Assert.Equal(["migrate_version"], await workspace.Database.GetSchemaTablesAsync());

        AssertSuccess(await RunAsync(workspace, "stamp", "--revision", "head"));
        Assert.Equal(4, await workspace.Database.GetVersionAsync(RepositoryId));
    }

    [Fact]
    public async Task History_marks_applied_pending_current_and_head()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await RunAsync(workspace, "upgrade", "--revision", "2"));

        var result = await RunAsync(workspace, "history");

        AssertSuccess(result);
        string[] lines = result.Stdout.TrimEnd().Split('\n');
        Assert.Equal(5, lines.Length);

        // Each version, then its latest row in the audit trail this upgrade wrote (AuditTrailScenarios has the rest).
        Assert.Matches(@"^applied  1  001_create_items +  \d{4}-\d\d-\d\dT[\d:.]+Z  upgrade +\d+ ms  \S+@\S+  ok$", lines[0]);
        Assert.Matches(@"^applied  2  002_add_warehouses_and_stock \(current\)  \d{4}-\d\d-\d\dT[\d:.]+Z  upgrade +\d+ ms  \S+@\S+  ok$", lines[1]);
        Assert.Matches(@"^pending  3  003_add_stock_audit +  -$", lines[2]);
        Assert.Matches(@"^pending  4  004_add_item_category \(head\) +  -$", lines[3]);
        Assert.Equal("Database at version 2; 2 versions pending.", lines[4]);
    }

    [Fact]
    public async Task History_of_a_database_not_under_version_control_lists_every_version_pending_and_changes_nothing()
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await RunAsync(workspace, "history");

        AssertSuccess(result);
        Assert.Equal("pending  1  001_create_items", result.Stdout.Split('\n')[0]);
        Assert.EndsWith("The database is not under version control; 4 versions pending.", result.Stdout.TrimEnd());
        Assert.Empty(await workspace.Database.GetTablesAsync());
    }

    [Fact]
    public async Task Revision_writes_the_next_numbered_files_from_the_templates_and_upgrade_runs_them()
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await RunAsync(workspace, "revision", "-m", "Add ports table");

        AssertSuccess(result);
        string upgrade = Path.Combine(workspace.VersionsPath, "005_add_ports_table_default_upgrade.sql");
        string downgrade = Path.Combine(workspace.VersionsPath, "005_add_ports_table_default_downgrade.sql");
        Assert.Contains("-- Add ports table", await File.ReadAllTextAsync(upgrade, TestContext.Current.CancellationToken));
        Assert.Contains("-- Add ports table", await File.ReadAllTextAsync(downgrade, TestContext.Current.CancellationToken));

        await File.AppendAllTextAsync(upgrade, "CREATE TABLE ports (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(20) NOT NULL);\n", TestContext.Current.CancellationToken);
        await File.AppendAllTextAsync(downgrade, "DROP TABLE ports;\n", TestContext.Current.CancellationToken);
        var up = await RunAsync(workspace, "upgrade");
        AssertSuccess(up);
        Assert.Contains("Running upgrade 4 -> 5 (005_add_ports_table)", up.Stdout);
        Assert.Contains("ports", await workspace.Database.GetTablesAsync());

        AssertSuccess(await RunAsync(workspace, "downgrade", "--revision", "4"));
        Assert.DoesNotContain("ports", await workspace.Database.GetTablesAsync());
    }

    [Fact]
    public async Task Revision_uses_the_repository_templates_when_it_has_them()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.Directory.Write("migrations/templates/upgrade.sql.sbn", "-- ticket: {{ message }} ({{ version }}, {{ description }})\n");

        AssertSuccess(await RunAsync(workspace, "revision", "-m", "Don't <escape> me"));

        string text = await File.ReadAllTextAsync(Path.Combine(workspace.VersionsPath, "005_don_t_escape_me_default_upgrade.sql"), TestContext.Current.CancellationToken);
        Assert.Equal("-- ticket: Don't <escape> me (005, don_t_escape_me)\n", text);
    }

    [Fact]
    public async Task Init_creates_a_repository_that_revision_and_upgrade_use()
    {
        await using var workspace = await NewWorkspaceAsync();
        string fresh = workspace.Directory.Combine("fresh");

        var init = await RunAsync(workspace, "init", fresh, "--repository-id", "fresh_app");
        AssertSuccess(init);
        Assert.True(File.Exists(Path.Combine(fresh, "migrate.cfg")));
        Assert.True(Directory.Exists(Path.Combine(fresh, "versions")));

        AssertSuccess(await RunAsync(workspace, "--repository", fresh, "revision", "-m", "first"));
        await File.AppendAllTextAsync(Path.Combine(fresh, "versions", "001_first_default_upgrade.sql"), "CREATE TABLE first_table (id INTEGER PRIMARY KEY);\n", TestContext.Current.CancellationToken);
        AssertSuccess(await RunAsync(workspace, "--repository", fresh, "upgrade"));

        Assert.Equal(1, await workspace.Database.GetVersionAsync("fresh_app"));
        Assert.Contains("first_table", await workspace.Database.GetTablesAsync());

        var again = await RunAsync(workspace, "init", fresh, "--repository-id", "other");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds a repository", again.Stderr);
    }

    [Fact]
    public async Task A_failing_statement_names_script_line_and_statement_and_the_version_stays()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await RunAsync(workspace, "upgrade"));
        workspace.WriteScript("005_broken_default_upgrade.sql",
            "CREATE TABLE ports (id INTEGER PRIMARY KEY);\n\n-- the typo below is the point\nINSERT INTO no_such_table (id)\n  VALUES (1);\n");

        var result = await RunAsync(workspace, "upgrade");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("005_broken_default_upgrade.sql(4,1): error DBS103: ", result.Stderr);
        Assert.Contains("no_such_table", result.Stderr);
        Assert.Contains("statement: INSERT INTO no_such_table (id) VALUES (1)", result.Stderr);
        Assert.Equal(4, await workspace.Database.GetVersionAsync(RepositoryId));
    }

    [Fact]
    public async Task A_database_with_tables_but_no_version_table_is_refused_and_left_alone()
    {
        await using var workspace = await NewWorkspaceAsync();
        await workspace.Database.ExecuteAsync("CREATE TABLE legacy (id INTEGER PRIMARY KEY)");

        var result = await RunAsync(workspace, "upgrade");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The database is not under version control, but has tables. Please stamp the current version of the schema manually", result.Stderr);
        Assert.Equal(["legacy"], await workspace.Database.GetTablesAsync());
        Assert.Equal("None", (await RunAsync(workspace, "version")).Stdout.Trim());
    }

    [Fact]
    public async Task An_alembic_database_is_put_under_version_control_as_oslo_db_does()
    {
        await using var workspace = await NewWorkspaceAsync();
        await workspace.Database.ExecuteAsync("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)");

        AssertSuccess(await RunAsync(workspace, "upgrade", "--revision", "1"));

        Assert.Equal(1, await workspace.Database.GetVersionAsync(RepositoryId));
    }

    [Fact]
    public async Task Revisions_pointing_the_wrong_way_or_unknown_are_refused_with_the_fix()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await RunAsync(workspace, "upgrade", "--revision", "3"));

        var below = await RunAsync(workspace, "upgrade", "--revision", "1");
        var above = await RunAsync(workspace, "downgrade", "--revision", "4");
        var unknown = await RunAsync(workspace, "upgrade", "--revision", "9");
        var beyond = await RunAsync(workspace, "stamp", "--revision", "5");

        Assert.Equal(1, below.ExitCode);
        Assert.Contains("run 'dotnet dbsync downgrade --revision 1'", below.Stderr);
        Assert.Equal(1, above.ExitCode);
        Assert.Contains("run 'dotnet dbsync upgrade --revision 4'", above.Stderr);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("error DBS200: unknown revision 9: the repository has versions 1 to 4", unknown.Stderr);
        Assert.Equal(2, beyond.ExitCode);
        Assert.Contains("unknown revision 5", beyond.Stderr);
        Assert.Equal(3, await workspace.Database.GetVersionAsync(RepositoryId));
    }

    [Fact]
    public async Task Every_command_that_connects_names_the_database_once_on_stderr()
    {
        await using var workspace = await NewWorkspaceAsync();

        foreach (string[] args in new[]
        {
            new[] { "upgrade", "--revision", "2" }, ["version"], ["history"], ["stamp", "--revision", "2"], ["downgrade", "--revision", "1"],
        })
        {
            var result = await RunAsync(workspace, args);
            AssertSuccess(result);
            string line = Assert.Single(Lines(result.Stderr), l => l.StartsWith("Database: ", StringComparison.Ordinal));
            Assert.StartsWith("Database: " + workspace.Database.DescribedAs, line);
            Assert.DoesNotContain("Database:", result.Stdout);
        }

        // stdout stays the result alone, for scripts.
        Assert.Equal("1", (await RunAsync(workspace, "version")).Stdout.Trim());
    }

    [Fact]
    public async Task Status_prints_the_database_its_version_the_latest_and_what_is_pending()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await RunAsync(workspace, "upgrade", "--revision", "2"));

        var status = await RunAsync(workspace, "status");
        var current = await RunAsync(workspace, "current");

        AssertSuccess(status);
        Assert.Equal(
            [
                "Database:   " + workspace.Database.DescribedAs,
                "Repository: " + workspace.RepositoryPath + " (inventory)",
                "Version:    2 (002_add_warehouses_and_stock)",
                "Latest:     4 (004_add_item_category)",
                "Pending:    2 versions: 3 (003_add_stock_audit), 4 (004_add_item_category)",
            ],
            Lines(status.Stdout));
        Assert.Equal(status.Stdout, current.Stdout);
        Assert.DoesNotContain("Database:", status.Stderr);
    }

    [Fact]
    public async Task Relative_revisions_move_from_the_database_s_version_and_refuse_beyond_the_ends()
    {
        await using var workspace = await NewWorkspaceAsync();

        var up = await RunAsync(workspace, "upgrade", "--revision", "+2");
        AssertSuccess(up);
        Assert.StartsWith("Upgraded from version 0 to 2 (2 versions)", Lines(up.Stdout)[^1]);
        AssertSuccess(await RunAsync(workspace, "upgrade", "--revision", "+1"));
        Assert.Equal(3, await workspace.Database.GetVersionAsync(RepositoryId));
        var down = await RunAsync(workspace, "downgrade", "--revision", "-2");
        AssertSuccess(down);
        Assert.Equal(1, await workspace.Database.GetVersionAsync(RepositoryId));

        var past = await RunAsync(workspace, "upgrade", "--revision", "+4");
        var below = await RunAsync(workspace, "downgrade", "--revision", "-2");
        var wrongWay = await RunAsync(workspace, "upgrade", "--revision", "-1");

        Assert.Equal(1, past.ExitCode);
        Assert.Contains("error DBS101: --revision +4 goes past the latest version: the database is at version 1, 3 versions below the latest (4); use --revision +3 or head", past.Stderr);
        Assert.Equal(1, below.ExitCode);
        Assert.Contains("error DBS101: --revision -2 goes below base: the database is at version 1, 1 version above base (0); use --revision -1 or base", below.Stderr);
        Assert.Equal(2, wrongWay.ExitCode);
        Assert.Contains("error DBS200: upgrade --revision -1 would go down; run 'dotnet dbsync downgrade --revision -1'", wrongWay.Stderr);
        Assert.Equal(1, await workspace.Database.GetVersionAsync(RepositoryId));
    }

    [Fact]
    public async Task Debug_output_shows_the_connection_without_its_password()
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await RunAsync(workspace, "--debug", "upgrade");

        AssertSuccess(result);
        Assert.Contains("debug: connecting to ", result.Stderr);
        Assert.Contains("debug: repository " + workspace.RepositoryPath, result.Stderr);
    }
}
