using System.Data.Common;

namespace DbSync.Testing.Databases;

/// <summary>
/// A real, empty database for one test, reached with the database's own driver (never DbSync's code), so tests
/// check what DbSync did the way a user would with the database client.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>"sqlite" or "mariadb": also the suffix of test names in the report.</summary>
    public abstract string Name { get; }

    /// <summary>The SQLAlchemy URL DbSync and sqlalchemy-migrate connect with (may hold a password).</summary>
    public abstract string Url { get; }

    /// <summary>How DbSync names this database in its "Database:" line: an SQLite file's full path, a URL without its password.</summary>
    public abstract string DescribedAs { get; }

    /// <summary>The password inside <see cref="Url"/>, to assert it never appears in output; null for SQLite.</summary>
    public virtual string? Password => null;

    public abstract Task<IReadOnlyList<string>> GetTablesAsync();

    /// <summary>
    /// The tables of the schema and the version table: every table but DbSync's own dbsync_* tables, which exist on
    /// databases that record progress (empty unless a version is in progress).
    /// </summary>
    public async Task<IReadOnlyList<string>> GetSchemaTablesAsync() =>
        (await GetTablesAsync()).Where(t => !t.StartsWith("dbsync_", StringComparison.OrdinalIgnoreCase)).ToList();

    public async Task ExecuteAsync(string sql)
    {
        await using DbConnection connection = await OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Holds, from outside DbSync, the lock a run of <paramref name="repositoryId"/> waits for (SQLite: a write transaction,
    /// as an open sqlite3 session would; MySQL: the GET_LOCK a run takes), until disposed.
    /// </summary>
    public abstract Task<IAsyncDisposable> HoldRunLockAsync(string repositoryId);

    public async Task<object?> ScalarAsync(string sql)
    {
        await using DbConnection connection = await OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>The first column of every row <paramref name="sql"/> returns, as text.</summary>
    public async Task<IReadOnlyList<string>> ColumnAsync(string sql)
    {
        var values = new List<string>();
        await using DbConnection connection = await OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return values;
    }

    /// <summary>A connection with the database's own driver (never DbSync's code).</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync();

    /// <summary>The version row of <paramref name="repositoryId"/>, or null when there is none (or no table).</summary>
    public async Task<long?> GetVersionAsync(string repositoryId, string table = "migrate_version")
    {
        if (!(await GetTablesAsync()).Contains(table, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        object? value = await ScalarAsync("SELECT version FROM " + table + " WHERE repository_id = '" + repositoryId.Replace("'", "''") + "'");
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<long> CountAsync(string table) =>
        Convert.ToInt64(await ScalarAsync("SELECT COUNT(*) FROM " + table), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Runs <paramref name="script"/> with the database's own command-line client (sqlite3, mariadb), stopping at the
    /// first error, as an operator runs an offline script; skips the test (outside CI) where the client is missing.
    /// </summary>
    public abstract Task<ProcessResult> RunClientAsync(string script);

    /// <summary>
    /// The schema as text, one line per table column, index and trigger (DbSync's own dbsync_* tables left out), to
    /// compare two databases built different ways.
    /// </summary>
    public abstract Task<IReadOnlyList<string>> DescribeSchemaAsync();

    /// <summary>The version table's rows as "repository_id|repository_path|version".</summary>
    public Task<IReadOnlyList<string>> GetVersionRowsAsync(string table = "migrate_version") =>
        ColumnAsync("SELECT " + Concat("repository_id", "'|'", "repository_path", "'|'", "version") + " FROM " + table + " ORDER BY repository_id");

    /// <summary>The database's string concatenation of <paramref name="parts"/>.</summary>
    protected abstract string Concat(params string[] parts);

    public abstract ValueTask DisposeAsync();
}
