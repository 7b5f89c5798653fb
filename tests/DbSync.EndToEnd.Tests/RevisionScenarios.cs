using DbSync.Testing;
using DbSync.Testing.Databases;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// `revision` as a newcomer meets it: file names in ASCII that keep every letter, timestamps that stay real times,
/// both scripts or neither, and dbsync.sum kept up to date, with upgrade refusing a script edited since it was recorded.
/// </summary>
public sealed class RevisionScenarios
{
    private static Task<Workspace> NewWorkspaceAsync() => Workspace.CreateSqliteAsync("dbsync-revision");

    private static string[] NewScripts(Workspace workspace) =>
        Directory.GetFiles(workspace.VersionsPath, "005_*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Theory]
    [InlineData("été", "005_ete")]
    [InlineData("Größe ändern", "005_grosse_andern")]
    [InlineData("Łódź żółć", "005_lodz_zolc")]
    [InlineData("Ærø œuvre", "005_aero_oeuvre")]
    [InlineData("Tiếng Việt", "005_tieng_viet")]
    public async Task A_message_with_accents_names_the_files_in_ascii_without_dropping_letters(string message, string stem)
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await workspace.RunCheckedAsync("revision", "-m", message);

        AssertSuccess(result);
        Assert.Equal([stem + "_default_downgrade.sql", stem + "_default_upgrade.sql"], NewScripts(workspace));
        // The header keeps the message as written.
        Assert.StartsWith("-- " + message + "\n", await File.ReadAllTextAsync(Path.Combine(workspace.VersionsPath, stem + "_default_upgrade.sql"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_message_in_a_script_without_ascii_spellings_is_a_bad_command_line_and_writes_nothing()
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await workspace.RunCheckedAsync("revision", "-m", "追加 ports");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error DBS200: -m '追加 ports': revision files are named in ASCII, and '追', '加' have no ASCII spelling", result.Stderr);
        Assert.Empty(NewScripts(workspace));
    }

    [Fact]
    public async Task Timestamp_numbers_stay_real_times_when_the_latest_is_this_second_or_later()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await workspace.RunCheckedAsync("init", "stamped", "--repository-id", "stamped", "--use-timestamp-numbering"));
        string versions = workspace.Directory.Combine("stamped", "versions");
        // The latest version is the last second of 2099: later than now, so the next ones take the seconds after it.
        File.WriteAllText(Path.Combine(versions, "20991231235959_last_default_upgrade.sql"), "SELECT 1;\n");

        AssertSuccess(await workspace.RunCheckedAsync("--repository", "stamped", "revision", "-m", "one"));
        AssertSuccess(await workspace.RunCheckedAsync("--repository", "stamped", "revision", "-m", "two"));

        Assert.True(File.Exists(Path.Combine(versions, "21000101000000_one_default_upgrade.sql")));
        Assert.True(File.Exists(Path.Combine(versions, "21000101000001_two_default_upgrade.sql")));
        // Real, increasing timestamps: the repository loads, in order.
        var history = await workspace.RunCheckedAsync("--repository", "stamped", "history");
        AssertSuccess(history);
        Assert.Equal(["pending  20991231235959  20991231235959_last", "pending  21000101000000  21000101000000_one", "pending  21000101000001  21000101000001_two (head)"],
            Lines(history.Stdout)[..3]);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_revision_that_cannot_be_written_leaves_neither_script_and_names_the_file()
    {
        await using var workspace = await NewWorkspaceAsync();
        File.SetUnixFileMode(workspace.VersionsPath, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            var result = await RunWithoutPrivilegesAsync(workspace, "--config-file", workspace.ConfigPath, "revision", "-m", "add ports");

            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith(Path.Combine(workspace.VersionsPath, "005_add_ports_default_upgrade.sql") + "(1,1): error DBS111: cannot write 005_add_ports_default_upgrade.sql (",
                result.Stderr);
            Assert.Contains("); nothing was written", result.Stderr);
        }
        finally
        {
            File.SetUnixFileMode(workspace.VersionsPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Assert.Empty(Directory.GetFiles(workspace.VersionsPath, "*add_ports*"));
        Assert.Empty(Directory.GetFiles(workspace.VersionsPath, ".*"));
    }

    [Fact]
    public async Task Revision_records_its_scripts_in_dbsync_sum_and_upgrade_refuses_an_edit_until_hash()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await workspace.RunCheckedAsync("hash"));

        var revision = await workspace.RunCheckedAsync("revision", "-m", "add ports");
        AssertSuccess(revision);
        Assert.Equal("Recorded both in dbsync.sum. After editing them, run 'dotnet dbsync hash' (until then an edited script is DBS007).", Lines(revision.Stdout)[^1]);
        var validate = await workspace.RunCheckedAsync("validate");
        Assert.DoesNotContain("DBS007", validate.Stdout);
        Assert.DoesNotContain("DBS008", validate.Stdout);

        string upgrade = Path.Combine(workspace.VersionsPath, "005_add_ports_default_upgrade.sql");
        await File.AppendAllTextAsync(upgrade, "CREATE TABLE ports (id INTEGER PRIMARY KEY);\n", TestContext.Current.CancellationToken);
        var refused = await workspace.RunCheckedAsync("upgrade");

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith(upgrade + "(1,1): error DBS007: 005_add_ports_default_upgrade.sql changed since it was recorded in dbsync.sum (line ",
            Lines(refused.Stderr).Single(l => l.Contains(": error ", StringComparison.Ordinal)));
        Assert.Contains("(if the script was never released, run 'dotnet dbsync hash')", refused.Stderr);
        Assert.False(((SqliteTestDatabase)workspace.Database).Exists);

        AssertSuccess(await workspace.RunCheckedAsync("hash"));
        var applied = await workspace.RunCheckedAsync("upgrade");
        AssertSuccess(applied);
        Assert.Contains("Running upgrade 4 -> 5 (005_add_ports)", applied.Stdout);
    }

    [Fact]
    public async Task Upgrade_prints_every_script_that_disagrees_with_dbsync_sum_and_changes_nothing()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await workspace.RunCheckedAsync("upgrade", "--revision", "2"));
        AssertSuccess(await workspace.RunCheckedAsync("hash"));
        string edited = Path.Combine(workspace.VersionsPath, "001_create_items_default_upgrade.sql");
        await File.AppendAllTextAsync(edited, "-- edited after release\n", TestContext.Current.CancellationToken);
        string added = workspace.WriteScript("005_copied_default_upgrade.sql", "CREATE TABLE copied (id INTEGER);\n");
        workspace.WriteScript("005_copied_default_downgrade.sql", "DROP TABLE copied;\n");

        var result = await workspace.RunCheckedAsync("upgrade");

        Assert.Equal(1, result.ExitCode);
        string[] errors = Lines(result.Stderr).Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, errors.Length);
        Assert.StartsWith(edited + "(1,1): error DBS007: ", errors[0]);
        Assert.StartsWith(Path.Combine(workspace.VersionsPath, "005_copied_default_downgrade.sql") + "(1,1): error DBS008: ", errors[1]);
        Assert.StartsWith(added + "(1,1): error DBS008: ", errors[2]);
        Assert.Equal(2, await workspace.Database.GetVersionAsync("inventory"));
    }

    /// <summary>
    /// Runs the installed tool as a user whom file permissions bind: as root (CI containers), through setpriv as nobody,
    /// since root writes to a read-only folder anyway.
    /// </summary>
    private static Task<ProcessResult> RunWithoutPrivilegesAsync(Workspace workspace, params string[] args)
    {
        string tool = Path.Combine(workspace.Tool.ToolPath, "dotnet-dbsync");
        return Environment.UserName == "root"
            ? ProcessRunner.RunAsync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", tool, .. args], workspace.Directory.Path)
            : ProcessRunner.RunAsync(tool, args, workspace.Directory.Path);
    }
}
