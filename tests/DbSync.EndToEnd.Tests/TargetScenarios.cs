using DbSync.Testing;
using DbSync.Testing.Databases;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// Which database a command works on is never a surprise: the "Database:" line gives an SQLite file's full path and
/// says when a command creates the file. Relative SQLite URLs are relative to the current folder (SQLAlchemy's rule,
/// which the service reading the same config file follows), unlike [dbsync] repository, which is relative to the file.
/// </summary>
public sealed class TargetScenarios
{
    private static Task<Workspace> NewWorkspaceAsync() => Workspace.CreateSqliteAsync("dbsync-target");

    [Fact]
    public async Task An_upgrade_run_from_another_folder_names_the_new_file_it_creates_there()
    {
        await using var workspace = await NewWorkspaceAsync();
        string elsewhere = workspace.Directory.Combine("elsewhere");
        Directory.CreateDirectory(elsewhere);

        var result = await workspace.Tool.RunAsync(elsewhere, ["--repository", "../migrations", "upgrade"]);

        AssertSuccess(result);
        string created = Path.Combine(elsewhere, "inventory.sqlite");
        Assert.Equal("Database: SQLite database " + created + " (new file: this command creates it;"
            + " no connection configured: the default inventory.sqlite in the current folder)", Lines(result.Stderr)[0]);
        Assert.True(File.Exists(created));

        var again = await workspace.Tool.RunAsync(elsewhere, ["--repository", "../migrations", "upgrade"]);
        Assert.Equal("Database: SQLite database " + created + " (no connection configured: the default inventory.sqlite in the current folder)",
            Lines(again.Stderr)[0]);
    }

    [Fact]
    public async Task A_reading_command_says_the_file_is_not_there_and_creates_nothing()
    {
        await using var workspace = await NewWorkspaceAsync();
        string missing = ((SqliteTestDatabase)workspace.Database).FilePath;

        var result = await workspace.RunCheckedAsync("version");

        AssertSuccess(result);
        Assert.Equal("None", result.Stdout.Trim());
        Assert.Equal("Database: SQLite database " + missing + " (no such file yet)", Lines(result.Stderr)[0]);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task A_relative_sqlite_url_is_relative_to_the_current_folder_while_the_repository_is_relative_to_the_config_file()
    {
        await using var workspace = await NewWorkspaceAsync();
        string config = workspace.Directory.Write(Path.Combine("etc", "app.conf"),
            "[database]\nconnection = sqlite:///relative.sqlite\n\n[dbsync]\nrepository = ../migrations\n");
        string run = workspace.Directory.Combine("run");
        Directory.CreateDirectory(run);

        var result = await workspace.Tool.RunAsync(run, ["--config-file", config, "upgrade"]);

        AssertSuccess(result);
        Assert.Equal("Database: SQLite database " + Path.Combine(run, "relative.sqlite") + " (new file: this command creates it)", Lines(result.Stderr)[0]);
        Assert.True(File.Exists(Path.Combine(run, "relative.sqlite")));
        Assert.False(File.Exists(workspace.Directory.Combine("etc", "relative.sqlite")));
    }
}
