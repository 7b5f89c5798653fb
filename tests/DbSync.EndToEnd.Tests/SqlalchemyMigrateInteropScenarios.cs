using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// sqlalchemy-migrate (Debian's python3-migrate, through migrate.versioning.api) and DbSync take turns on one
/// SQLite database and one repository, in both directions.
/// </summary>
public sealed class SqlalchemyMigrateInteropScenarios
{
    private const string Python = "/usr/bin/python3";

    private static async Task<string> MigrateAsync(Workspace workspace, string calls)
    {
        Assert.SkipWhen(!File.Exists(Python) && Environment.GetEnvironmentVariable("CI") != "true", "no /usr/bin/python3 with python3-migrate on this machine");
        var result = await ProcessRunner.RunAsync(Python,
            ["-c", "from migrate.versioning import api\nurl = '" + workspace.Database.Url + "'\nrepo = '" + workspace.RepositoryPath + "'\n" + calls],
            workspace.Directory.Path);
        Assert.True(result.ExitCode == 0, "sqlalchemy-migrate failed: " + result);
        return result.Stdout.Trim();
    }

    [Fact]
    public async Task A_database_brought_part_way_by_sqlalchemy_migrate_continues_under_dbsync_and_back()
    {
        using var directory = new TempDirectory("dbsync-interop");
        await using var workspace = await Workspace.CreateAsync(directory, new SqliteTestDatabase(directory.Path));

        await MigrateAsync(workspace, "api.version_control(url, repo)\napi.upgrade(url, repo, 2)");
        Assert.Equal(2, await workspace.Database.GetVersionAsync("inventory"));

        var dbsync = await workspace.RunAsync("upgrade");
        Assert.True(dbsync.ExitCode == 0, dbsync.ToString());
        Assert.StartsWith("Running upgrade 2 -> 3 (003_add_stock_audit)", dbsync.Stdout);
        Assert.Equal("4", await MigrateAsync(workspace, "print(api.db_version(url, repo))"));

        await MigrateAsync(workspace, "api.downgrade(url, repo, 1)");
        var version = await workspace.RunAsync("version");
        Assert.Equal("1", version.Stdout.Trim());
        Assert.Equal(["items", "migrate_version"], (await workspace.Database.GetSchemaTablesAsync()).Order());
    }

    [Fact]
    public async Task A_database_started_by_dbsync_is_continued_by_sqlalchemy_migrate()
    {
        using var directory = new TempDirectory("dbsync-interop");
        await using var workspace = await Workspace.CreateAsync(directory, new SqliteTestDatabase(directory.Path));

        var dbsync = await workspace.RunAsync("upgrade", "--revision", "3");
        Assert.True(dbsync.ExitCode == 0, dbsync.ToString());

        Assert.Equal("3", await MigrateAsync(workspace, "print(api.db_version(url, repo))"));
        await MigrateAsync(workspace, "api.upgrade(url, repo)");
        Assert.Equal(4, await workspace.Database.GetVersionAsync("inventory"));
        Assert.Equal("4", (await workspace.RunAsync("version")).Stdout.Trim());
    }
}
