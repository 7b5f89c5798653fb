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
