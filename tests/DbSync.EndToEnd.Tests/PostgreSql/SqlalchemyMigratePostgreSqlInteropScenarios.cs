using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.PostgreSql;
using DbSync.Testing.Servers;

namespace DbSync.EndToEnd.Tests.PostgreSql;

/// <summary>
/// sqlalchemy-migrate (Debian's python3-migrate over python3-psycopg2, through migrate.versioning.api) and DbSync take
/// turns on one PostgreSQL database, in both directions. sqlalchemy-migrate picks _postgresql_ scripts (SQLAlchemy's
/// engine name), else _default_; DbSync also reads the older _postgres_ name, between the two, so a version written
/// only as _postgres_ and _default_ runs its _postgres_ script under DbSync.
/// </summary>
public sealed class SqlalchemyMigratePostgreSqlInteropScenarios
{
    private const string Python = "/usr/bin/python3";

    private static readonly Lazy<Task<bool>> HasSqlalchemyMigrate = new(async () =>
        File.Exists(Python) && (await ProcessRunner.RunAsync(Python, ["-c", "import migrate.versioning.api, psycopg2"], Path.GetTempPath())).ExitCode == 0);

    private static async Task<(TempDirectory Directory, PostgreSqlTestDatabase Database)> NewAsync()
    {
        Assert.SkipWhen(!await HasSqlalchemyMigrate.Value && !ServerProcesses.IsCi,
            "sqlalchemy-migrate interop skipped: /usr/bin/python3 cannot import migrate and psycopg2 (install python3-migrate and python3-psycopg2)");
        var database = await PostgreSqlTestDatabase.CreateAsync("postgresql+psycopg2");
        var directory = new TempDirectory("dbsync-interop-pg");
        directory.Write("migrations/migrate.cfg", "[db_settings]\nrepository_id=inventory\nversion_table=migrate_version\nrequired_dbs=[]\nuse_timestamp_numbering=False\n");
        directory.Write("migrations/versions/001_items_default_upgrade.sql", "CREATE TABLE items (id integer PRIMARY KEY, sku varchar(32) NOT NULL);\n");
        directory.Write("migrations/versions/001_items_default_downgrade.sql", "DROP TABLE items;\n");
        directory.Write("migrations/versions/002_ports_postgresql_upgrade.sql",
            "CREATE TABLE ports (id serial PRIMARY KEY, name text NOT NULL);\nCREATE FUNCTION port_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM ports $$;\n");
        directory.Write("migrations/versions/002_ports_postgresql_downgrade.sql", "DROP FUNCTION port_count();\nDROP TABLE ports;\n");
        directory.Write("migrations/versions/002_ports_default_upgrade.sql", "CREATE TABLE ports (id integer PRIMARY KEY, name text NOT NULL);\n");
        directory.Write("migrations/versions/002_ports_default_downgrade.sql", "DROP TABLE ports;\n");
        directory.Write("migrations/versions/003_notes_postgres_upgrade.sql", "CREATE TABLE notes (id integer PRIMARY KEY, body text, source text DEFAULT 'postgres');\n");
        directory.Write("migrations/versions/003_notes_default_upgrade.sql", "CREATE TABLE notes (id integer PRIMARY KEY, body text, source text DEFAULT 'default');\n");
        directory.Write("migrations/versions/003_notes_default_downgrade.sql", "DROP TABLE notes;\n");
        directory.Write("app.conf", "[database]\nconnection = " + database.Url + "\n\n[dbsync]\nrepository = migrations\n");
        return (directory, database);
    }

    private static async Task<string> MigrateAsync(TempDirectory directory, PostgreSqlTestDatabase database, string calls)
    {
        var result = await ProcessRunner.RunAsync(Python,
            ["-c", "from migrate.versioning import api\nimport os\nurl = os.environ['DBSYNC_TEST_URL']\nrepo = os.environ['DBSYNC_TEST_REPO']\n" + calls],
            directory.Path, new Dictionary<string, string?> { ["DBSYNC_TEST_URL"] = database.Url, ["DBSYNC_TEST_REPO"] = directory.Combine("migrations") });
        Assert.True(result.ExitCode == 0, "sqlalchemy-migrate failed: " + result);
        return result.Stdout.Trim();
    }

    private static async Task<ProcessResult> DbSyncAsync(TempDirectory directory, params string[] args)
    {
        var result = await (await PackedTool.GetAsync()).RunAsync(directory.Path, ["--config-file", directory.Combine("app.conf"), .. args]);
        Assert.DoesNotContain(PostgreSqlServer.Password, result.Output, StringComparison.Ordinal);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    [Fact]
    public async Task A_database_brought_part_way_by_sqlalchemy_migrate_continues_under_dbsync_and_back()
    {
        var (directory, database) = await NewAsync();
        using var _ = directory;
        await using var __ = database;

        await MigrateAsync(directory, database, "api.version_control(url, repo)\napi.upgrade(url, repo, 2)");
        Assert.Equal(2, await database.GetVersionAsync("inventory"));
        Assert.Equal("0", await database.ScalarAsync("SELECT port_count()") is { } count ? count.ToString() : null);

        var upgrade = await DbSyncAsync(directory, "upgrade");

        Assert.StartsWith("Running upgrade 2 -> 3 (003_notes)", upgrade.Stdout);
        Assert.Equal("3", await MigrateAsync(directory, database, "print(api.db_version(url, repo))"));
        Assert.Equal("'postgres'::text", await database.ScalarAsync("SELECT column_default FROM information_schema.columns WHERE table_name = 'notes' AND column_name = 'source'"));

        await MigrateAsync(directory, database, "api.downgrade(url, repo, 1)");

        Assert.Equal("1", (await DbSyncAsync(directory, "version")).Stdout.Trim());
        // sqlalchemy-migrate's downgrade leaves DbSync's audit trail alone: only migrate_version is shared.
        Assert.Equal(["dbsync_history", "items", "migrate_version"], await database.GetTablesAsync());
        await DbSyncAsync(directory, "downgrade", "--revision", "0");
        Assert.Equal("0", await MigrateAsync(directory, database, "print(api.db_version(url, repo))"));
    }

    [Fact]
    public async Task A_database_started_by_dbsync_is_continued_by_sqlalchemy_migrate()
    {
        var (directory, database) = await NewAsync();
        using var _ = directory;
        await using var __ = database;
        await DbSyncAsync(directory, "upgrade", "--revision", "2");

        Assert.Equal("2", await MigrateAsync(directory, database, "print(api.db_version(url, repo))"));
        await MigrateAsync(directory, database, "api.upgrade(url, repo)");

        Assert.Equal("3", (await DbSyncAsync(directory, "version")).Stdout.Trim());
        Assert.Equal("'default'::text", await database.ScalarAsync("SELECT column_default FROM information_schema.columns WHERE table_name = 'notes' AND column_name = 'source'"));
        await MigrateAsync(directory, database, "api.downgrade(url, repo, 2)");
        var again = await DbSyncAsync(directory, "upgrade");
        Assert.StartsWith("Running upgrade 2 -> 3 (003_notes)", again.Stdout);
        Assert.Equal(3, await database.GetVersionAsync("inventory"));
    }
}
