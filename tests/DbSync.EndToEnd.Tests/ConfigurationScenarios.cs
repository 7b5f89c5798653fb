using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>Where DbSync finds its database and repository: config files and dirs in order, environment, defaults.</summary>
public sealed class ConfigurationScenarios
{
    private static async Task<Workspace> NewWorkspaceAsync()
    {
        var directory = new TempDirectory("dbsync-config");
        return await Workspace.CreateAsync(directory, new SqliteTestDatabase(directory.Path, "configured.sqlite"));
    }

    private static void AssertSuccess(ProcessResult result) => Assert.True(result.ExitCode == 0, result.ToString());

    private static string Sqlite(Workspace workspace, string name) => "sqlite:///" + workspace.Directory.Combine(name);

    [Fact]
    public async Task Without_a_config_file_the_database_is_an_sqlite_file_named_after_the_repository()
    {
        await using var workspace = await NewWorkspaceAsync();

        AssertSuccess(await workspace.RunBareAsync(null, "upgrade"));

        var database = new SqliteTestDatabase(workspace.Directory.Path, "inventory.sqlite");
        Assert.Equal(4, await database.GetVersionAsync("inventory"));
        Assert.False(File.Exists(workspace.Directory.Combine("configured.sqlite")));
    }

    [Fact]
    public async Task Config_files_and_dirs_apply_in_command_line_order_and_later_values_win()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.Directory.Write("conf.d/10-base.conf", "[database]\nconnection = " + Sqlite(workspace, "from-dir-10.sqlite") + "\n");
        workspace.Directory.Write("conf.d/20-site.conf", "[database]\nconnection = " + Sqlite(workspace, "from-dir-20.sqlite") + "\n");
        workspace.Directory.Write("conf.d/ignored.txt", "[database]\nconnection = " + Sqlite(workspace, "never.sqlite") + "\n");
        workspace.Directory.Write("last.conf", "# comment\n; another\n[database]\nconnection = '" + Sqlite(workspace, "from-file.sqlite") + "'\n");

        AssertSuccess(await workspace.RunBareAsync(null, "--config-dir", "conf.d", "stamp", "--revision", "1"));
        AssertSuccess(await workspace.RunBareAsync(null, "--config-dir", "conf.d", "--config-file", "last.conf", "stamp", "--revision", "2"));
        AssertSuccess(await workspace.RunBareAsync(null, "--config-file=last.conf", "--config-dir=conf.d", "stamp", "--revision", "3"));

        Assert.Equal(3, await new SqliteTestDatabase(workspace.Directory.Path, "from-dir-20.sqlite").GetVersionAsync("inventory"));
        Assert.Equal(2, await new SqliteTestDatabase(workspace.Directory.Path, "from-file.sqlite").GetVersionAsync("inventory"));
        Assert.False(File.Exists(workspace.Directory.Combine("from-dir-10.sqlite")));
        Assert.False(File.Exists(workspace.Directory.Combine("never.sqlite")));
    }

    [Fact]
    public async Task The_repository_named_in_a_config_file_is_relative_to_that_file()
    {
        await using var workspace = await NewWorkspaceAsync();
        string elsewhere = workspace.Directory.Combine("elsewhere");
        Directory.CreateDirectory(elsewhere);

        var result = await workspace.Tool.RunAsync(elsewhere, ["--config-file", workspace.ConfigPath, "upgrade"]);

        AssertSuccess(result);
        Assert.Equal(4, await workspace.Database.GetVersionAsync("inventory"));
    }

    [Fact]
    public async Task Environment_variables_override_the_config_for_containers()
    {
        await using var workspace = await NewWorkspaceAsync();
        string otherRepository = workspace.Directory.Combine("other");
        Workspace.CopyDirectory(workspace.RepositoryPath, otherRepository);
        File.Delete(Path.Combine(otherRepository, "versions", "004_add_item_category_default_upgrade.sql"));
        File.Delete(Path.Combine(otherRepository, "versions", "004_add_item_category_default_downgrade.sql"));
        File.Delete(Path.Combine(otherRepository, "versions", "004_add_item_category_mysql_downgrade.sql"));

        var result = await workspace.Tool.RunAsync(workspace.Directory.Path, ["--config-file", workspace.ConfigPath, "upgrade"],
            new Dictionary<string, string?>
            {
                ["DBSYNC_DATABASE_CONNECTION"] = Sqlite(workspace, "from-env.sqlite"),
                ["DBSYNC_REPOSITORY"] = otherRepository,
            });

        AssertSuccess(result);
        Assert.Equal(3, await new SqliteTestDatabase(workspace.Directory.Path, "from-env.sqlite").GetVersionAsync("inventory"));
        Assert.False(File.Exists(workspace.Directory.Combine("configured.sqlite")));
    }

    [Fact]
    public async Task The_repository_option_wins_over_the_environment()
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await workspace.Tool.RunAsync(workspace.Directory.Path, ["--config-file", workspace.ConfigPath, "--repository", "migrations", "version"],
            new Dictionary<string, string?> { ["DBSYNC_REPOSITORY"] = workspace.Directory.Combine("missing") });

        AssertSuccess(result);
        Assert.Equal("None", result.Stdout.Trim());
    }

    [Fact]
    public async Task Version_on_a_database_file_that_does_not_exist_creates_nothing()
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await workspace.RunAsync("version");

        AssertSuccess(result);
        Assert.Equal("None", result.Stdout.Trim());
        Assert.False(File.Exists(((SqliteTestDatabase)workspace.Database).FilePath));
    }

    [Fact]
    public async Task Help_lists_every_command_and_version_prints_the_package_version_and_commit()
    {
        await using var workspace = await NewWorkspaceAsync();

        var help = await workspace.RunBareAsync(null, "--help");
        var version = await workspace.RunBareAsync(null, "--version");
        var stampHelp = await workspace.RunBareAsync(null, "stamp", "--help");

        AssertSuccess(help);
        foreach (string command in new[] { "upgrade", "downgrade", "stamp", "version", "history", "revision", "init", "status" })
        {
            // A command with aliases is listed with them, sorted ("current, info, status").
            Assert.Matches("(  |, )" + command + "[ ,]", help.Stdout);
        }

        Assert.Contains("--config-file", help.Stdout);
        AssertSuccess(version);
        // SourceLink-style: the version, '+' and the commit the tool was built from.
        var head = await ProcessRunner.RunAsync("git", ["rev-parse", "HEAD"], RepositoryRoot.Path);
        Assert.Equal(0, head.ExitCode);
        Assert.Equal(workspace.Tool.Version + "+" + head.Stdout.Trim(), version.Stdout.Trim());
        AssertSuccess(stampHelp);
        Assert.Contains("--revision", stampHelp.Stdout);
    }
}
