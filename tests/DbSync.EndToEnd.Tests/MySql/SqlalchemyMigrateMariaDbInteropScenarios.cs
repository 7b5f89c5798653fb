using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.MariaDb;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>
/// sqlalchemy-migrate (Debian's python3-migrate over python3-pymysql, through migrate.versioning.api) and DbSync
/// take turns on one MariaDB database and the sample repository, in both directions. sqlalchemy-migrate splits
/// scripts with sqlparse, which knows no DELIMITER, so the trigger version (003) is always DbSync's turn.
/// </summary>
public sealed class SqlalchemyMigrateMariaDbInteropScenarios
{
    private const string Python = "/usr/bin/python3";

    /// <summary>Whether Debian's python3 can import sqlalchemy-migrate and pymysql; checked once.</summary>
    private static readonly Lazy<Task<bool>> HasSqlalchemyMigrate = new(async () =>
        File.Exists(Python) && (await ProcessRunner.RunAsync(Python, ["-c", "import migrate.versioning.api, pymysql"], Path.GetTempPath())).ExitCode == 0);

    private static async Task<Workspace> NewWorkspaceAsync(TempDirectory directory)
    {
        Assert.SkipWhen(!await HasSqlalchemyMigrate.Value && !MariaDbServer.IsCi,
            "sqlalchemy-migrate interop skipped: /usr/bin/python3 cannot import migrate and pymysql (install python3-migrate and python3-pymysql)");
        var database = await MariaDbTestDatabase.CreateAsync("mysql+pymysql");
        return await Workspace.CreateAsync(directory, database);
    }

    private static async Task<string> MigrateAsync(Workspace workspace, string calls)
    {
        var result = await ProcessRunner.RunAsync(Python,
            ["-c", "from migrate.versioning import api\nimport os\nurl = os.environ['DBSYNC_TEST_URL']\nrepo = os.environ['DBSYNC_TEST_REPO']\n" + calls],
            workspace.Directory.Path,
            new Dictionary<string, string?> { ["DBSYNC_TEST_URL"] = workspace.Database.Url, ["DBSYNC_TEST_REPO"] = workspace.RepositoryPath });
        Assert.True(result.ExitCode == 0, "sqlalchemy-migrate failed: " + result);
        return result.Stdout.Trim();
    }

    private static async Task<ProcessResult> DbSyncAsync(Workspace workspace, params string[] args)
    {
        var result = await workspace.RunAsync(args);
        Assert.DoesNotContain(MariaDbServer.Password, result.Output, StringComparison.Ordinal);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    [Fact]
    public async Task A_database_brought_part_way_by_sqlalchemy_migrate_continues_under_dbsync_and_back()
    {
        using var directory = new TempDirectory("dbsync-interop-mariadb");
        await using var workspace = await NewWorkspaceAsync(directory);

        await MigrateAsync(workspace, "api.version_control(url, repo)\napi.upgrade(url, repo, 2)");
        Assert.Equal(2, await workspace.Database.GetVersionAsync("inventory"));
        await workspace.Database.ExecuteAsync("INSERT INTO items (id, sku, name) VALUES (1, 'HW-1', 'Drill')");

        var upgrade = await DbSyncAsync(workspace, "upgrade");

        Assert.StartsWith("Running upgrade 2 -> 3 (003_add_stock_audit)", upgrade.Stdout);
        Assert.Equal("4", await MigrateAsync(workspace, "print(api.db_version(url, repo))"));
        Assert.Equal("hardware", await workspace.Database.ScalarAsync("SELECT category FROM items WHERE id = 1"));

        await MigrateAsync(workspace, "api.downgrade(url, repo, 3)");

        Assert.Equal("3", (await DbSyncAsync(workspace, "version")).Stdout.Trim());
        Assert.Equal(0L, Convert.ToInt64(await workspace.Database.ScalarAsync(
            "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'items' AND COLUMN_NAME = 'category'")));
        await DbSyncAsync(workspace, "downgrade", "--revision", "0");
        Assert.Equal(["migrate_version"], await workspace.Database.GetSchemaTablesAsync());
        Assert.Equal("0", await MigrateAsync(workspace, "print(api.db_version(url, repo))"));
    }

    [Fact]
    public async Task A_database_started_by_dbsync_is_continued_by_sqlalchemy_migrate()
    {
        using var directory = new TempDirectory("dbsync-interop-mariadb");
        await using var workspace = await NewWorkspaceAsync(directory);
        await DbSyncAsync(workspace, "upgrade");

        // A version DbSync never ran, for sqlalchemy-migrate to apply on top of what DbSync left. (The sample's 004
        // has LIKE 'HW-%', which sqlalchemy-migrate on pymysql takes for a format placeholder.)
        workspace.WriteScript("005_add_ports_default_upgrade.sql", "CREATE TABLE ports (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(20) NOT NULL);\nINSERT INTO ports VALUES (1, 'eth0');\n");
        workspace.WriteScript("005_add_ports_default_downgrade.sql", "DROP TABLE ports;\n");

        Assert.Equal("4", await MigrateAsync(workspace, "print(api.db_version(url, repo))"));
        await MigrateAsync(workspace, "api.upgrade(url, repo)");

        Assert.Equal("5", (await DbSyncAsync(workspace, "version")).Stdout.Trim());
        Assert.Equal("eth0", await workspace.Database.ScalarAsync("SELECT name FROM ports WHERE id = 1"));

        await MigrateAsync(workspace, "api.downgrade(url, repo, 2)");

        Assert.Equal("2", (await DbSyncAsync(workspace, "version")).Stdout.Trim());
        Assert.Equal(["items", "migrate_version", "stock", "warehouses"], await workspace.Database.GetSchemaTablesAsync());
        var again = await DbSyncAsync(workspace, "upgrade");
        Assert.StartsWith("Running upgrade 2 -> 3 (003_add_stock_audit)", again.Stdout);
        Assert.Equal(5, await workspace.Database.GetVersionAsync("inventory"));
    }
}
