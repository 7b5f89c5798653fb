using System.Text;
using DbSync.Testing;

namespace DbSync.MySql.Tests.Corpus;

/// <summary>
/// One entry of tests/corpus/mysql: its base schema and the later full schemas used as models, in order (the
/// entry's models/NNN.sql, or, for an entry without any, base.sql with its upgrade scripts applied up to a few
/// checkpoints, as verify.sh applies them).
/// </summary>
internal sealed class MySqlCorpusEntry
{
    /// <summary>Upgrades applied between two derived models, for entries without models/ (each model is a full round trip).</summary>
    private const int VersionsPerDerivedModel = 20;

    private MySqlCorpusEntry(string name)
    {
        Name = name;
        Directory = RepositoryRoot.Combine("tests", "corpus", "mysql", name);
    }

    public string Name { get; }

    public string Directory { get; }

    public string BaseSql => Read(Path.Combine(Directory, "base.sql"));

    /// <summary>The entry directories' names at even (<paramref name="half"/> 0) or odd (1) positions in name order: one test case each.</summary>
    public static TheoryData<string> Names(int half)
    {
        var names = new TheoryData<string>();
        var directories = System.IO.Directory.GetDirectories(RepositoryRoot.Combine("tests", "corpus", "mysql")).Order(StringComparer.Ordinal).ToList();
        for (int i = half; i < directories.Count; i += 2)
        {
            names.Add(Path.GetFileName(directories[i]));
        }

        return names;
    }

    public static MySqlCorpusEntry Load(string name) => new(name);

    /// <summary>(label, full schema SQL) of each later version, oldest first.</summary>
    public IEnumerable<(string Label, string Sql)> Models()
    {
        string models = Path.Combine(Directory, "models");
        if (System.IO.Directory.Exists(models))
        {
            foreach (string file in System.IO.Directory.GetFiles(models, "*.sql").Order(StringComparer.Ordinal))
            {
                yield return ("models/" + Path.GetFileName(file), Read(file));
            }

            yield break;
        }

        string versions = Path.Combine(Directory, "versions");
        var upgrades = System.IO.Directory.Exists(versions)
            ? System.IO.Directory.GetFiles(versions, "*_upgrade.sql").Order(StringComparer.Ordinal).ToList()
            : [];
        var schema = new StringBuilder(BaseSql);
        for (int i = 0; i < upgrades.Count; i++)
        {
            schema.Append("\n;\n").Append(Read(upgrades[i]));
            if ((i + 1) % VersionsPerDerivedModel == 0 || i == upgrades.Count - 1)
            {
                yield return ("base + versions up to " + Path.GetFileName(upgrades[i]), schema.ToString());
            }
        }
    }

    /// <summary>The file as text: a UTF-8 BOM is dropped (the client skips it too), line ends kept.</summary>
    private static string Read(string path) => File.ReadAllText(path, new UTF8Encoding(false)).TrimStart('\uFEFF');
}
