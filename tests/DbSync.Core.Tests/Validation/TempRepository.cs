using DbSync.Core.Validation;

namespace DbSync.Core.Tests.Validation;

/// <summary>A real migration repository in a temporary folder: migrate.cfg, versions/ and whatever scripts a test writes.</summary>
internal sealed class TempRepository : IDisposable
{
    public const string SequentialConfig =
        "[db_settings]\nrepository_id = sample\nversion_table = migrate_version\nrequired_dbs = []\nuse_timestamp_numbering = False\n";

    public const string TimestampConfig =
        "[db_settings]\nrepository_id = sample\nversion_table = migrate_version\nrequired_dbs = []\nuse_timestamp_numbering = True\n";

    public TempRepository(string? config = SequentialConfig)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dbsync-validation-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(VersionsPath);
        if (config != null)
        {
            WriteConfig(config);
        }
    }

    public string Path { get; }

    public string VersionsPath => System.IO.Path.Combine(Path, "versions");

    public string ConfigPath => System.IO.Path.Combine(Path, "migrate.cfg");

    public string SumPath => System.IO.Path.Combine(Path, "dbsync.sum");

    public void WriteConfig(string text) => File.WriteAllText(ConfigPath, text);

    /// <summary>Writes versions/<paramref name="fileName"/> and returns its full path.</summary>
    public string Script(string fileName, string text = "CREATE TABLE t (id INTEGER);\n")
    {
        string path = System.IO.Path.Combine(VersionsPath, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>An upgrade and a downgrade script for each version: a repository that validates cleanly.</summary>
    public void Versions(params string[] versionNames)
    {
        foreach (string name in versionNames)
        {
            Script(name + "_default_upgrade.sql", "CREATE TABLE t" + name + " (id INTEGER);\n");
            Script(name + "_default_downgrade.sql", "DROP TABLE t" + name + ";\n");
        }
    }

    public IReadOnlyList<Diagnostic> Validate(bool requireDowngrade = false) =>
        RepositoryValidator.Validate(Path, new ValidationOptions { RequireDowngrade = requireDowngrade });

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
