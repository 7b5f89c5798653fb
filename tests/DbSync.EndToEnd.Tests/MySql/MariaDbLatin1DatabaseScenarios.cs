using DbSync.Testing;
using DbSync.Testing.Databases;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>
/// A database whose default character set is latin1 (many servers' default): the tables its scripts create would not
/// be utf8, so oslo.db's sanity check must refuse it before anything runs, naming the default as the cause, instead of
/// failing after the first version was applied and recorded.
/// </summary>
public sealed class MariaDbLatin1DatabaseScenarios
{
    private static async Task<Workspace> NewLatin1WorkspaceAsync()
    {
        var directory = new TempDirectory("dbsync-latin1");
        try
        {
            var database = await MariaDbTestDatabase.CreateAsync();
            await database.Server.ExecuteAdminAsync("ALTER DATABASE `" + database.DatabaseName + "` CHARACTER SET latin1 COLLATE latin1_swedish_ci");
            return await Workspace.CreateAsync(directory, database);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    [Fact]
    public async Task Upgrade_of_a_latin1_database_is_refused_before_anything_runs_naming_the_default_character_set()
    {
        await using var workspace = await NewLatin1WorkspaceAsync();
        string database = ((MariaDbTestDatabase)workspace.Database).DatabaseName;

        var result = await workspace.RunCheckedAsync("upgrade");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error DBS109: schema sanity check failed: database '" + database + "' has the default character set latin1 (collation latin1_swedish_ci),"
            + " so the tables its scripts create would not be utf8. Change the default first (ALTER DATABASE `" + database
            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci), or run with --no-sanity-check.", result.Stderr);
        Assert.DoesNotContain("Running upgrade", result.Stdout);
        // Nothing at all: not even the version table.
        Assert.Empty(await workspace.Database.GetTablesAsync());
    }

    [Fact]
    public async Task The_check_can_be_skipped_and_passes_once_the_default_is_utf8()
    {
        await using var workspace = await NewLatin1WorkspaceAsync();
        var mariaDb = (MariaDbTestDatabase)workspace.Database;

        AssertSuccess(await workspace.RunCheckedAsync("upgrade", "--revision", "1", "--no-sanity-check"));
        Assert.Equal(1, await workspace.Database.GetVersionAsync("inventory"));

        // Version 1's table is latin1 now: converting the default alone is not enough, and the check says which table.
        await mariaDb.Server.ExecuteAdminAsync("ALTER DATABASE `" + mariaDb.DatabaseName + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        var tables = await workspace.RunCheckedAsync("upgrade");
        Assert.Equal(1, tables.ExitCode);
        Assert.Contains("tables whose collation is not utf8 or whose engine is not InnoDB: items (latin1_swedish_ci, InnoDB)", tables.Stderr);

        await workspace.Database.ExecuteAsync("ALTER TABLE items CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        AssertSuccess(await workspace.RunCheckedAsync("upgrade"));
        Assert.Equal(4, await workspace.Database.GetVersionAsync("inventory"));
    }
}
