using Microsoft.Data.Sqlite;

namespace DbSync.Testing.Databases;

/// <summary>An SQLite file in a temp folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    static SqliteTestDatabase()
    {
        SQLitePCL.Batteries_V2.Init();
    }

    private readonly TempDirectory? _owned;

    public SqliteTestDatabase(string directory, string fileName = "test.sqlite")
    {
        FilePath = System.IO.Path.Combine(directory, fileName);
    }

    private SqliteTestDatabase(TempDirectory owned)
        : this(owned.Path)
    {
        _owned = owned;
    }

    /// <summary>A database file in a folder of its own, deleted with it.</summary>
    public static SqliteTestDatabase CreateTemporary() => new(new TempDirectory("dbsync-sqlite-db"));

    public string FilePath { get; }

    public override string Name => "sqlite";

    public override string Url => "sqlite:///" + FilePath;

    public override string DescribedAs => "SQLite database " + FilePath;

    public bool Exists => File.Exists(FilePath);

    public override async Task<IReadOnlyList<string>> GetTablesAsync()
    {
        if (!Exists)
        {
            return [];
        }

        var names = new List<string>();
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }



    /// <summary>The whole schema as sqlite_master holds it, to compare a database before and after.</summary>
    public async Task<string> DumpSchemaAsync()
    {
        if (!Exists)
        {
            return string.Empty;
        }

        var lines = new List<string>();
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("\n", lines);
    }

    /// <summary>sqlite3 -bail FILE &lt; script.</summary>
    public override async Task<ProcessResult> RunClientAsync(string script)
    {
        string? client = MariaDb.MariaDbServer.FindBinary("sqlite3");
        Xunit.Assert.SkipWhen(client == null && !MariaDb.MariaDbServer.IsCi, "the sqlite3 client is not installed (Debian package sqlite3)");
        return await ProcessRunner.RunAsync(client ?? "sqlite3", ["-bail", FilePath], System.IO.Path.GetDirectoryName(FilePath)!, input: script);
    }

    /// <summary>Every table's columns (pragma_table_info), and every index and trigger as sqlite_master holds it.</summary>
    public override async Task<IReadOnlyList<string>> DescribeSchemaAsync()
    {
        if (!Exists)
        {
            return [];
        }

        var lines = new List<string>(await ColumnAsync(
            "SELECT 'column ' || m.name || '.' || p.name || ' ' || p.type || (CASE WHEN p.\"notnull\" THEN ' NOT NULL' ELSE '' END)"
            + " || ' DEFAULT ' || COALESCE(p.dflt_value, 'none') || ' pk' || p.pk"
            + " FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'dbsync_%'"
            + " ORDER BY m.name, p.cid"));
        lines.AddRange(await ColumnAsync("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY type, name"));
        return lines;
    }

    protected override string Concat(params string[] parts) => string.Join(" || ", parts);

    protected override Task<System.Data.Common.DbConnection> OpenConnectionAsync() => Task.FromResult<System.Data.Common.DbConnection>(Open());

    public override async Task<IAsyncDisposable> HoldRunLockAsync(string repositoryId)
    {
        SqliteConnection connection = Open();
        await using (var begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        // Closing the connection rolls the transaction back and releases the write lock.
        return connection;
    }

    public override ValueTask DisposeAsync()
    {
        _owned?.Dispose();
        return ValueTask.CompletedTask;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
