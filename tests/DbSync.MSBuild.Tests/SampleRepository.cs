namespace DbSync.MSBuild.Tests;

/// <summary>Writes a real migration repository (migrate.cfg and versions/) into a folder.</summary>
internal static class SampleRepository
{
    public const string Config =
        "[db_settings]\nrepository_id = sample\nversion_table = migrate_version\nrequired_dbs = []\nuse_timestamp_numbering = False\n";

    /// <summary>migrate.cfg plus an upgrade and a downgrade per version name (e.g. "001_init").</summary>
    public static void Create(string path, params string[] versionNames)
    {
        Directory.CreateDirectory(Path.Combine(path, "versions"));
        File.WriteAllText(Path.Combine(path, "migrate.cfg"), Config);
        foreach (string name in versionNames)
        {
            WriteScript(path, name + "_default_upgrade.sql", "CREATE TABLE t" + name + " (id INTEGER);\n");
            WriteScript(path, name + "_default_downgrade.sql", "DROP TABLE t" + name + ";\n");
        }
    }

    public static string WriteScript(string repository, string fileName, string text)
    {
        string path = Path.Combine(repository, "versions", fileName);
        File.WriteAllText(path, text);
        return path;
    }

    public static string NewTempFolder(string prefix)
    {
        string path = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
