using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// Each kind of bad input (docs/design.md section 12) gets a clear error naming the file, line or option at fault,
/// exit code 1 (2 for a bad command line), and changes nothing in the database.
/// </summary>
public sealed class BadInputScenarios
{
    private static async Task<Workspace> NewWorkspaceAsync(bool upgraded = true)
    {
        var directory = new TempDirectory("dbsync-bad");
        var workspace = await Workspace.CreateAsync(directory, new SqliteTestDatabase(directory.Path));
        if (upgraded)
        {
            var up = await workspace.RunAsync("upgrade", "--revision", "2");
            Assert.True(up.ExitCode == 0, up.ToString());
        }

        return workspace;
    }

    /// <summary>Runs the command and asserts the exit code, a one-line error holding every fragment, and an untouched database.</summary>
    private static async Task<ProcessResult> AssertRefusedAsync(Workspace workspace, int exitCode, string[] args, params string[] fragments)
    {
        var database = (SqliteTestDatabase)workspace.Database;
        string before = await database.DumpSchemaAsync();
        long? versionBefore = await database.GetVersionAsync("inventory");

        var result = await workspace.RunAsync(args);

        Assert.True(result.ExitCode == exitCode, result.ToString());
        string firstError = result.Stderr.Split('\n')[0];
        foreach (string fragment in fragments)
        {
            Assert.Contains(fragment, firstError, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, await database.DumpSchemaAsync());
        Assert.Equal(versionBefore, await database.GetVersionAsync("inventory"));
        return result;
    }

    [Fact]
    public async Task A_malformed_migrate_cfg_names_the_file_and_line()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.Directory.Write("migrations/migrate.cfg", "[db_settings]\nrepository_id = inventory\nthis line is not ini\n");

        await AssertRefusedAsync(workspace, 1, ["upgrade"], "migrate.cfg(3,1): error DBS006:", "expected 'key = value'");
    }

    [Fact]
    public async Task A_migrate_cfg_without_repository_id_is_refused()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.Directory.Write("migrations/migrate.cfg", "[db_settings]\nversion_table = migrate_version\n");

        await AssertRefusedAsync(workspace, 1, ["upgrade"], "error DBS006:", "repository_id is missing");
    }

    [Fact]
    public async Task A_migrate_cfg_with_a_bad_boolean_names_the_setting_and_line()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.Directory.Write("migrations/migrate.cfg", "[db_settings]\nrepository_id = inventory\nuse_timestamp_numbering = maybe\n");

        await AssertRefusedAsync(workspace, 1, ["upgrade"], "migrate.cfg(3,1): error DBS006:", "use_timestamp_numbering must be True or False, not 'maybe'");
    }

    [Fact]
    public async Task A_malformed_config_file_names_the_file_and_line()
    {
        await using var workspace = await NewWorkspaceAsync();
        File.WriteAllText(workspace.ConfigPath, "[database]\nconnection = " + workspace.Database.Url + "\n[dbsync\n");

        await AssertRefusedAsync(workspace, 1, ["upgrade"], "app.conf(3,1): error DBS100: ", "malformed section header");
    }

    [Fact]
    public async Task A_missing_config_file_names_the_option()
    {
        await using var workspace = await NewWorkspaceAsync();

        await AssertRefusedAsync(workspace, 2, ["--config-file", "missing.conf", "upgrade"], "error DBS200: --config-file missing.conf: no such file");
    }

    [Fact]
    public async Task An_unsupported_url_scheme_names_the_key_and_file_but_not_the_url()
    {
        await using var workspace = await NewWorkspaceAsync();
        File.WriteAllText(workspace.ConfigPath, "[database]\nconnection = postgresql://admin:hunter2@db/inventory\n");

        var result = await AssertRefusedAsync(workspace, 1, ["upgrade"], workspace.ConfigPath + "(2,1): error DBS100: [database] connection: unsupported database scheme 'postgresql'");
        Assert.DoesNotContain("hunter2", result.Output);
    }

    [Fact]
    public async Task A_malformed_url_names_the_key_and_never_the_password()
    {
        await using var workspace = await NewWorkspaceAsync();
        File.WriteAllText(workspace.ConfigPath, "[database]\nconnection = mysql+pymysql://admin:hunter2@db:99999/inventory\n");

        var result = await AssertRefusedAsync(workspace, 1, ["upgrade"], "(2,1): error DBS100: [database] connection: the port must be a number from 1 to 65535");
        Assert.DoesNotContain("hunter2", result.Output);
    }

    [Fact]
    public async Task A_script_name_without_a_known_dialect_is_DBS001()
    {
        await using var workspace = await NewWorkspaceAsync();
        string bad = workspace.WriteScript("005_add_ports_upgrade.sql", "CREATE TABLE ports (id INTEGER);\n");

        await AssertRefusedAsync(workspace, 1, ["upgrade"], bad + "(1,1): error DBS001:", "dialect 'ports'");
    }

    [Fact]
    public async Task A_script_with_a_short_version_number_is_DBS001()
    {
        await using var workspace = await NewWorkspaceAsync();
        string bad = workspace.WriteScript("05_add_ports_default_upgrade.sql", "CREATE TABLE ports (id INTEGER);\n");

        await AssertRefusedAsync(workspace, 1, ["upgrade"], bad + "(1,1): error DBS001:", "three or more digits");
    }

    [Fact]
    public async Task A_python_script_is_reported_as_unsupported_not_skipped()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.WriteScript("005_add_ports.py", "def upgrade(migrate_engine):\n    pass\n");

        await AssertRefusedAsync(workspace, 1, ["upgrade"], "error DBS001:", "Python migration scripts are not supported");
    }

    [Fact]
    public async Task A_gap_in_the_numbering_is_DBS003_naming_the_script_after_it()
    {
        await using var workspace = await NewWorkspaceAsync();
        string after = workspace.WriteScript("006_add_ports_default_upgrade.sql", "CREATE TABLE ports (id INTEGER);\n");

        await AssertRefusedAsync(workspace, 1, ["upgrade"], after, "error DBS003:", "5");
    }

    [Fact]
    public async Task Two_scripts_for_one_version_and_dialect_are_DBS002()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.WriteScript("004_other_default_upgrade.sql", "CREATE TABLE ports (id INTEGER);\n");

        await AssertRefusedAsync(workspace, 1, ["upgrade"], "error DBS002:", "004_");
    }

    [Fact]
    public async Task An_unterminated_string_in_a_later_script_stops_the_run_before_anything_changes()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.WriteScript("005_broken_default_upgrade.sql", "CREATE TABLE ports (id INTEGER);\nINSERT INTO ports VALUES ('oops);\n");

        await AssertRefusedAsync(workspace, 1, ["upgrade"], "005_broken_default_upgrade.sql(2,27): error DBS009: unterminated");
    }

    [Fact]
    public async Task A_rollback_statement_in_a_script_is_refused_before_anything_runs()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.WriteScript("005_rollback_default_upgrade.sql", "CREATE TABLE ports (id INTEGER);\nROLLBACK;\n");

        await AssertRefusedAsync(workspace, 1, ["upgrade"], "005_rollback_default_upgrade.sql(2,1): error DBS010: ", "ROLLBACK", "remove it");
    }

    [Fact]
    public async Task A_missing_repository_says_how_to_create_one()
    {
        await using var workspace = await NewWorkspaceAsync();

        await AssertRefusedAsync(workspace, 1, ["--repository", "nowhere", "upgrade"], "no migration repository at", "dotnet dbsync init");
    }

    [Fact]
    public async Task A_missing_downgrade_script_stops_before_anything_runs()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccessful(await workspace.RunAsync("upgrade"));
        File.Delete(Path.Combine(workspace.VersionsPath, "003_add_stock_audit_default_downgrade.sql"));

        await AssertRefusedAsync(workspace, 1, ["downgrade", "--revision", "1"], "version 3 (003_add_stock_audit) has no sqlite or default downgrade script");
    }

    [Fact]
    public async Task A_non_numeric_revision_names_the_option()
    {
        await using var workspace = await NewWorkspaceAsync();

        await AssertRefusedAsync(workspace, 2, ["upgrade", "--revision", "tip"], "error DBS200: --revision 'tip' is not a version number, 'head' or 'base'");
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("stamp")]
    [InlineData("upgrade --revision")]
    [InlineData("upgrade --no-such-option")]
    [InlineData("revision")]
    public async Task A_bad_command_line_exits_2_and_changes_nothing(string commandLine)
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await AssertRefusedAsync(workspace, 2, commandLine.Split(' '), "error DBS200: ");
        Assert.Contains("Run 'dotnet dbsync --help' for usage.", result.Stderr);
    }

    // A NUL byte made Microsoft.Data.Sqlite's prepare loop spin at 100% CPU for ever (upgrade and check hung, validate
    // passed): now every command refuses the file at once, naming the byte.
    [Theory]
    [InlineData("upgrade")]
    [InlineData("validate")]
    [InlineData("check")]
    public async Task A_NUL_byte_in_a_script_is_a_DBS012_error_in_every_command_at_once(string command)
    {
        await using var workspace = await NewWorkspaceAsync();
        string script = Path.Combine(workspace.VersionsPath, "003_add_stock_audit_default_upgrade.sql");
        File.WriteAllText(script, "-- Keep a trail.\nCREATE TABLE stock_audit (id INTEGER);\0\n");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        if (command == "validate")
        {
            var result = await workspace.RunAsync(command);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains(script + "(2,39): error DBS012: 003_add_stock_audit_default_upgrade.sql holds a NUL byte at byte offset 55 (line 2)", result.Stdout);
        }
        else
        {
            await AssertRefusedAsync(workspace, 1, [command], script + "(2,39): error DBS012: ", "holds a NUL byte at byte offset 55 (line 2)");
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "took " + clock.Elapsed);
    }

    [Fact]
    public async Task A_UTF16_script_is_a_DBS012_error_naming_the_encoding()
    {
        await using var workspace = await NewWorkspaceAsync();
        string script = Path.Combine(workspace.VersionsPath, "003_add_stock_audit_default_upgrade.sql");
        File.WriteAllText(script, "CREATE TABLE stock_audit (id INTEGER);\n", System.Text.Encoding.Unicode);

        await AssertRefusedAsync(workspace, 1, ["upgrade"], script + "(1,1): error DBS012: ", "is UTF-16 (little-endian byte-order mark), not UTF-8");
    }

    [Fact]
    public async Task An_untouched_revision_template_is_refused_with_DBS011()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccessful(await workspace.RunAsync("revision", "-m", "add ports"));
        string upgrade = Assert.Single(Directory.GetFiles(workspace.VersionsPath, "005_*_upgrade.sql"));

        await AssertRefusedAsync(workspace, 1, ["upgrade"], upgrade + "(1,1): error DBS011: ", "holds no statement");
        var validate = await workspace.RunAsync("validate");
        Assert.Contains(upgrade + "(1,1): error DBS011: ", validate.Stdout);
    }

    private static void AssertSuccessful(ProcessResult result) => Assert.True(result.ExitCode == 0, result.ToString());
}
