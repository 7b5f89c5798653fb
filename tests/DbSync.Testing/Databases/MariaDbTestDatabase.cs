using System.Data.Common;
using System.Globalization;
using DbSync.Testing.MariaDb;

namespace DbSync.Testing.Databases;

/// <summary>
/// A fresh database <c>t_&lt;guid&gt;</c> on the shared private MariaDB server, dropped on dispose. Its URL carries the
/// test user's percent-encoded password. Queries go through the driver directly (DbSync.MySql's driver seam, where
/// the utf8mb3 fix lives), not through DbSync's engine.
/// </summary>
public sealed class MariaDbTestDatabase : TestDatabase
{
    private MariaDbTestDatabase(MariaDbServer server, string databaseName, string scheme)
    {
        Server = server;
        DatabaseName = databaseName;
        Scheme = scheme;
    }

    public MariaDbServer Server { get; }

    public string DatabaseName { get; }

    /// <summary>The URL scheme, e.g. mysql+pymysql (what sqlalchemy-migrate needs) or mariadb.</summary>
    public string Scheme { get; }

    public override string Name => "mariadb";

    public override string Url =>
        Scheme + "://" + MariaDbServer.User + ":" + Uri.EscapeDataString(MariaDbServer.Password) + "@127.0.0.1:"
        + Server.Port.ToString(CultureInfo.InvariantCulture) + "/" + DatabaseName;

    public override string? Password => MariaDbServer.Password;

    public override string DescribedAs =>
        Scheme + "://" + MariaDbServer.User + "@127.0.0.1:" + Server.Port.ToString(CultureInfo.InvariantCulture) + "/" + DatabaseName;

    /// <summary>A new empty database; skips the test (outside CI) where no MariaDB server exists.</summary>
    public static async Task<MariaDbTestDatabase> CreateAsync(string scheme = "mysql+pymysql", MariaDbServerCharset serverCharset = MariaDbServerCharset.Latin1) =>
        await CreateOnAsync(await MariaDbServer.GetOrSkipAsync(serverCharset), scheme);

    /// <summary>A new empty database on <paramref name="server"/> (a test's own server, which it may crash and restart).</summary>
    public static async Task<MariaDbTestDatabase> CreateOnAsync(MariaDbServer server, string scheme = "mysql+pymysql")
    {
        string name = "t_" + Guid.NewGuid().ToString("N");
        await server.ExecuteAdminAsync("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        return new MariaDbTestDatabase(server, name, scheme);
    }

    /// <summary>The same database reached through another URL scheme.</summary>
    public string UrlWithScheme(string scheme) => scheme + Url[Scheme.Length..];

    protected override Task<DbConnection> OpenConnectionAsync() => Server.OpenAsync(DatabaseName);

    public override async Task<IAsyncDisposable> HoldRunLockAsync(string repositoryId)
    {
        DbConnection connection = await Server.OpenAsync(DatabaseName);
        await using (var take = connection.CreateCommand())
        {
            take.CommandText = "SELECT GET_LOCK('" + DbSync.MySql.MySqlDialect.RunLockName(DatabaseName, repositoryId).Replace("'", "''", StringComparison.Ordinal) + "', 0)";
            if (Convert.ToInt64(await take.ExecuteScalarAsync(), CultureInfo.InvariantCulture) != 1)
            {
                throw new InvalidOperationException("the lock of " + repositoryId + " is already held");
            }
        }

        // The server releases the lock with the connection.
        return connection;
    }

    public override async Task<IReadOnlyList<string>> GetTablesAsync()
    {
        var names = new List<string>();
        await using var connection = await Server.OpenAsync(DatabaseName);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }



    /// <summary>Every row of a one-column query, as strings.</summary>

    /// <summary>The mariadb client as the test user over TCP (the password in MYSQL_PWD, never on its command line); it stops at the first error.</summary>
    public override async Task<ProcessResult> RunClientAsync(string script)
    {
        string? client = MariaDbServer.FindBinary("mariadb") ?? MariaDbServer.FindBinary("mysql");
        Xunit.Assert.SkipWhen(client == null && !MariaDbServer.IsCi, "the mariadb client is not installed (Debian package mariadb-client)");
        return await ProcessRunner.RunAsync(client ?? "mariadb",
            ["--no-defaults", "--protocol=TCP", "-h", "127.0.0.1", "-P", Server.Port.ToString(CultureInfo.InvariantCulture), "-u", MariaDbServer.User, DatabaseName],
            Path.GetTempPath(), new Dictionary<string, string?> { ["MYSQL_PWD"] = MariaDbServer.Password }, input: script);
    }

    /// <summary>Every column (type, nullability, default, key), index column and trigger body, from information_schema.</summary>
    public override async Task<IReadOnlyList<string>> DescribeSchemaAsync()
    {
        const string Mine = " AND TABLE_NAME NOT LIKE 'dbsync\\_%'";
        var lines = new List<string>(await ColumnAsync(
            "SELECT CONCAT('column ', TABLE_NAME, '.', COLUMN_NAME, ' ', COLUMN_TYPE, ' ', IS_NULLABLE, ' DEFAULT ', COALESCE(COLUMN_DEFAULT, 'none'), ' ', COLUMN_KEY, ' ', EXTRA)"
            + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()" + Mine + " ORDER BY TABLE_NAME, ORDINAL_POSITION"));
        lines.AddRange(await ColumnAsync(
            "SELECT CONCAT('index ', TABLE_NAME, '.', INDEX_NAME, ' ', SEQ_IN_INDEX, ' ', COLUMN_NAME, ' unique=', 1 - NON_UNIQUE)"
            + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()" + Mine + " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX"));
        lines.AddRange(await ColumnAsync(
            "SELECT CONCAT('trigger ', TRIGGER_NAME, ' ', ACTION_TIMING, ' ', EVENT_MANIPULATION, ' ', EVENT_OBJECT_TABLE, ': ', ACTION_STATEMENT)"
            + " FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY TRIGGER_NAME"));
        return lines;
    }

    protected override string Concat(params string[] parts) => "CONCAT(" + string.Join(", ", parts) + ")";

    /// <summary>A connection to this database as the test user, for tests that hold one open (e.g. a lock).</summary>
    public Task<DbConnection> OpenAsync() => Server.OpenAsync(DatabaseName);

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await Server.ExecuteAdminAsync("DROP DATABASE IF EXISTS `" + DatabaseName + "`");
        }
        catch (Exception e) when (e is DbException or DbSync.Core.Errors.DbSyncException)
        {
            // A server already stopping at exit takes the database with it.
        }
    }
}
