using DbSync.Testing;
using Microsoft.Data.Sqlite;

namespace DbSync.Sqlite.Tests.Corpus;

/// <summary>
/// One project of tests/corpus/sqlite: its base schema and its real later versions, each as a model (a full schema
/// from models/NNN.sql, or else base.sql followed by the project's own upgrade steps 1..N, one model per step).
/// </summary>
internal sealed class SqliteCorpusEntry
{
    private SqliteCorpusEntry(string name)
    {
        Name = name;
        Directory = RepositoryRoot.Combine("tests", "corpus", "sqlite", name);
    }

    public static string Root => RepositoryRoot.Combine("tests", "corpus", "sqlite");

    public string Name { get; }

    public string Directory { get; }

    /// <summary>base.sql as the project ships it (File.ReadAllText drops a UTF-8 BOM, as sqlite3 ignores it).</summary>
    public string Base => File.ReadAllText(Path.Combine(Directory, "base.sql"));

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static SqliteCorpusEntry Named(string name) => new(name);

    /// <summary>The later versions: a name, and the scripts the plain client runs one after the other to build it.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<string> Scripts)> LaterVersions()
    {
        string models = Path.Combine(Directory, "models");
        if (System.IO.Directory.Exists(models))
        {
            return System.IO.Directory.GetFiles(models, "*.sql").Order(StringComparer.Ordinal)
                .Select(f => ("models/" + Path.GetFileName(f), (IReadOnlyList<string>)[File.ReadAllText(f)])).ToList();
        }

        string versions = Path.Combine(Directory, "versions");
        var upgrades = System.IO.Directory.Exists(versions)
            ? System.IO.Directory.GetFiles(versions, "*_upgrade.sql").Order(StringComparer.Ordinal).ToList()
            : [];
        return upgrades.Select((f, i) => ("base + " + Path.GetFileName(f),
            (IReadOnlyList<string>)[Base, .. upgrades.Take(i + 1).Select(File.ReadAllText)])).ToList();
    }

    /// <summary>Scripts run one after the other as one model.sql (each closed by a ';': some end without one).</summary>
    public static string AsModel(IReadOnlyList<string> scripts) => string.Join("\n;\n", scripts);

    /// <summary>A database built by running <paramref name="scripts"/> as the plain sqlite3 client does: each whole, foreign keys off.</summary>
    public static async Task<SqliteConnection> PlainClientAsync(IReadOnlyList<string> scripts)
    {
        var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        await connection.OpenAsync();
        foreach (string script in scripts)
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = script;
            await command.ExecuteNonQueryAsync();
        }

        return connection;
    }
}
