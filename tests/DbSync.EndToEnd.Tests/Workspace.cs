using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// A temp folder holding a copy of a migration repository, a config file pointing at a test database, and the
/// packed tool to run in it.
/// </summary>
public sealed class Workspace : IAsyncDisposable
{
    private Workspace(TempDirectory directory, TestDatabase database, PackedTool tool)
    {
        Directory = directory;
        Database = database;
        Tool = tool;
    }

    public TempDirectory Directory { get; }
    public TestDatabase Database { get; }
    public PackedTool Tool { get; }

    public string RepositoryPath => Directory.Combine("migrations");
    public string VersionsPath => Directory.Combine("migrations", "versions");
    public string ConfigPath => Directory.Combine("app.conf");

    /// <summary>A workspace with the sample inventory repository and a config whose [database] connection is <paramref name="database"/>.</summary>
    public static async Task<Workspace> CreateAsync(TempDirectory directory, TestDatabase database)
    {
        var tool = await PackedTool.GetAsync();
        CopyDirectory(RepositoryRoot.Combine("samples", "inventory", "migrations"), directory.Combine("migrations"));
        directory.Write("app.conf", "[database]\nconnection = " + database.Url + "\n\n[dbsync]\nrepository = migrations\n");
        return new Workspace(directory, database, tool);
    }

    /// <summary>A workspace in a new temp folder named after <paramref name="prefix"/>, on an SQLite file in it (not created yet).</summary>
    public static Task<Workspace> CreateSqliteAsync(string prefix)
    {
        var directory = new TempDirectory(prefix);
        return CreateAsync(directory, new SqliteTestDatabase(directory.Path));
    }

    /// <summary>Runs `dotnet dbsync --config-file app.conf args`.</summary>
    public Task<ProcessResult> RunAsync(params string[] args) => Tool.RunAsync(Directory.Path, ["--config-file", ConfigPath, .. args]);

    /// <summary>Runs `dotnet dbsync args` with no config file.</summary>
    public Task<ProcessResult> RunBareAsync(IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        Tool.RunAsync(Directory.Path, args, environment);

    public string WriteScript(string fileName, string text) => Directory.Write(Path.Combine("migrations", "versions", fileName), text);

    public static void CopyDirectory(string source, string target)
    {
        foreach (string dir in System.IO.Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            System.IO.Directory.CreateDirectory(dir.Replace(source, target, StringComparison.Ordinal));
        }

        System.IO.Directory.CreateDirectory(target);
        foreach (string file in System.IO.Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(source, target, StringComparison.Ordinal));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        Directory.Dispose();
    }
}
