using System.Data.Common;
using System.Globalization;
using DbSync.Testing.PostgreSql;
using Npgsql;

namespace DbSync.Testing.Databases;

/// <summary>
/// A fresh database <c>t_&lt;guid&gt;</c> on the shared private PostgreSQL server, owned by the test user and dropped
/// on dispose; optionally with its tables in another schema than public, named in the URL's search_path. Its URL
/// carries the test user's percent-encoded password. Queries go through Npgsql directly, not through DbSync.
/// </summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    private PostgreSqlTestDatabase(PostgreSqlServer server, string databaseName, string scheme, string? schema)
    {
        Server = server;
        DatabaseName = databaseName;
        Scheme = scheme;
        Schema = schema;
    }

    public PostgreSqlServer Server { get; }

    public string DatabaseName { get; }

    /// <summary>The URL scheme, e.g. postgresql+psycopg2 (what sqlalchemy-migrate needs) or postgresql.</summary>
    public string Scheme { get; }

    /// <summary>The schema DbSync works in (through options=-csearch_path=...), or null for public.</summary>
    public string? Schema { get; }

    public override string Name => "postgresql";

    public override string Url =>
        Scheme + "://" + PostgreSqlServer.User + ":" + Uri.EscapeDataString(PostgreSqlServer.Password) + "@127.0.0.1:"
        + Server.Port.ToString(CultureInfo.InvariantCulture) + "/" + DatabaseName
        + (Schema == null ? string.Empty : "?options=" + Uri.EscapeDataString("-csearch_path=" + Schema));

    public override string? Password => PostgreSqlServer.Password;

    public override string DescribedAs => Url.Replace(":" + Uri.EscapeDataString(PostgreSqlServer.Password) + "@", "@", StringComparison.Ordinal);

    /// <summary>A new empty database (with <paramref name="schema"/> created in it); skips the test (outside CI) where no PostgreSQL exists.</summary>
    public static async Task<PostgreSqlTestDatabase> CreateAsync(string scheme = "postgresql", string? schema = null)
    {
        var server = await PostgreSqlServer.GetOrSkipAsync();
        string name = "t_" + Guid.NewGuid().ToString("N");
        await server.ExecuteAdminAsync("CREATE DATABASE " + name + " OWNER " + PostgreSqlServer.User + " STRATEGY = FILE_COPY");
        var database = new PostgreSqlTestDatabase(server, name, scheme, schema);
        if (schema != null)
        {
            await server.ExecuteAdminAsync("CREATE SCHEMA \"" + schema + "\" AUTHORIZATION " + PostgreSqlServer.User, name);
        }

        return database;
    }

    /// <summary>The same database reached through another URL scheme.</summary>
    public string UrlWithScheme(string scheme) => scheme + Url[Scheme.Length..];

    /// <summary>A connection as the test user, search_path set to <see cref="Schema"/>: for tests that hold one open (e.g. a lock).</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Server.ConnectionString(DatabaseName, Schema));
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Holds the advisory lock a run of <paramref name="repositoryId"/> takes, on a connection of its own, until disposed.</summary>
    public override async Task<IAsyncDisposable> HoldRunLockAsync(string repositoryId)
    {
        NpgsqlConnection connection = await OpenAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(" + DbSync.PostgreSql.PostgreSqlDialect.RunLockKey(repositoryId).ToString(CultureInfo.InvariantCulture) + ")", connection))
        {
            if (!(bool)(await take.ExecuteScalarAsync())!)
            {
                throw new InvalidOperationException("the lock of " + repositoryId + " is already held");
            }
        }

        // The server releases the lock with the connection.
        return connection;
    }

    protected override async Task<DbConnection> OpenConnectionAsync() => await OpenAsync();

    public override async Task<IReadOnlyList<string>> GetTablesAsync() =>
        await ColumnAsync("SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') ORDER BY c.relname");

    /// <summary>psql as an operator runs a script: stop at the first error, one script not wrapped in a transaction of its own.</summary>
    public override async Task<ProcessResult> RunClientAsync(string script)
    {
        string psql = Path.Combine(PostgreSqlServer.FindBinDirectory() ?? "/usr/bin", "psql");
        var environment = new Dictionary<string, string?> { ["PGPASSWORD"] = PostgreSqlServer.Password };
        if (Schema != null)
        {
            environment["PGOPTIONS"] = "-csearch_path=" + Schema;
        }

        return await ProcessRunner.RunAsync(psql,
            ["--no-psqlrc", "-v", "ON_ERROR_STOP=1", "-q", "-h", "127.0.0.1", "-p", Server.Port.ToString(CultureInfo.InvariantCulture), "-U", PostgreSqlServer.User, "-d", DatabaseName, "-f", "-"],
            Path.GetTempPath(), environment, input: script);
    }

    /// <summary>Every column (type, nullability, default), index definition and trigger of the current schema, from the catalogs.</summary>
    public override async Task<IReadOnlyList<string>> DescribeSchemaAsync()
    {
        const string Mine = " AND table_name NOT LIKE 'dbsync\\_%'";
        var lines = new List<string>(await ColumnAsync(
            "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' DEFAULT ' || COALESCE(column_default, 'none')"
            + " FROM information_schema.columns WHERE table_schema = current_schema()" + Mine + " ORDER BY table_name, ordinal_position"));
        lines.AddRange(await ColumnAsync(
            "SELECT 'index ' || tablename || '.' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()"
            + " AND tablename NOT LIKE 'dbsync\\_%' ORDER BY tablename, indexname"));
        lines.AddRange(await ColumnAsync(
            "SELECT 'trigger ' || t.tgname || ' ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            + " WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace ORDER BY t.tgname"));
        return lines;
    }

    protected override string Concat(params string[] parts) => "CONCAT(" + string.Join(", ", parts) + ")";

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await Server.ExecuteAdminAsync("DROP DATABASE IF EXISTS " + DatabaseName + " WITH (FORCE)");
        }
        catch (Exception e) when (e is NpgsqlException or IOException)
        {
            // A server already stopping at exit takes the database with it.
        }
    }
}
