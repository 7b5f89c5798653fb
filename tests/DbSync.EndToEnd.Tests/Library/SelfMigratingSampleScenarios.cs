using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.Library;

/// <summary>
/// samples/selfmigrating, an application that migrates its own database at start-up, built against the freshly packed
/// library packages (a nuget.config whose extra source is the local feed, a NUGET_PACKAGES of its own) and run: after
/// it the database is at the repository's latest version, and a second start applies nothing.
/// </summary>
public sealed class SelfMigratingSampleScenarios
{
    private const string RepositoryId = "selfmigrating";
    private const long Latest = 2;

    [Fact]
    public async Task The_sample_migrates_its_SQLite_database_to_head_at_start_up()
    {
        var app = await BuiltSampleAsync();
        using var data = new TempDirectory("dbsync-selfmigrating-db");
        var database = new SqliteTestDatabase(data.Path, "app.db");

        ProcessResult first = await app.RunAsync(database.Url);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Running upgrade 0 -> 1 (001_create_notes)", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("Completed upgrade 1 -> 2 (002_add_note_authors)", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("progress: Starting 0 -> 1 of 2", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("progress: Completed 1 -> 2 of 2", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("from version 0 to 2 (2 versions applied)", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(Latest, await database.GetVersionAsync(RepositoryId));
        Assert.Equal(["authors", "dbsync_history", "migrate_version", "notes"], await database.GetTablesAsync());

        ProcessResult second = await app.RunAsync(database.Url);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("from version 2 to 2 (0 versions applied)", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_migrates_its_MariaDB_database_to_head_at_start_up()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        var app = await BuiltSampleAsync();

        ProcessResult run = await app.RunAsync(database.Url);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("from version 0 to 2 (2 versions applied)", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(Latest, await database.GetVersionAsync(RepositoryId));
        Assert.DoesNotContain(database.Password!, run.Output, StringComparison.Ordinal);
    }

    private static readonly Lazy<Task<SampleApp>> Built = new(BuildAsync);

    private static Task<SampleApp> BuiltSampleAsync() => Built.Value;

    /// <summary>Copies the sample beside the feed, points NuGet at the feed and builds it, once per test run.</summary>
    private static async Task<SampleApp> BuildAsync()
    {
        PackedLibrary library = await PackedLibrary.GetAsync();
        string folder = Path.Combine(library.Root, "selfmigrating");
        Workspace.CopyDirectory(RepositoryRoot.Combine("samples", "selfmigrating"), folder);
        foreach (string generated in new[] { "bin", "obj" }.Select(d => Path.Combine(folder, d)).Where(Directory.Exists))
        {
            Directory.Delete(generated, recursive: true);
        }

        File.WriteAllText(Path.Combine(folder, "nuget.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n"
            + "    <add key=\"dbsync-library-feed\" value=\"" + library.Feed + "\" />\n"
            + "  </packageSources>\n</configuration>\n");
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(library.Root, "nuget-packages") };
        ProcessResult build = await ProcessRunner.RunAsync("dotnet",
            ["build", "SelfMigrating.csproj", "-c", "Release", "-p:DbSyncVersion=" + library.Version, "-nodeReuse:false", "-p:UseSharedCompilation=false"],
            folder, environment, TimeSpan.FromMinutes(10));
        Assert.True(build.ExitCode == 0, "the sample did not build against the packed library: " + build);
        return new SampleApp(Path.Combine(folder, "bin", "Release", "net10.0", "SelfMigrating.dll"));
    }

    private sealed record SampleApp(string Assembly)
    {
        /// <summary>Starts the application as a deployment would, in a folder of its own, with the database URL as its argument.</summary>
        public Task<ProcessResult> RunAsync(string url) =>
            ProcessRunner.RunAsync("dotnet", [Assembly, url], Path.GetDirectoryName(Assembly)!, timeout: TimeSpan.FromMinutes(3));
    }
}
