using System.Globalization;
using DbSync.Testing;

namespace DbSync.EndToEnd.Tests.Library;

/// <summary>
/// The library packages as an application gets them: DbSync.Core, DbSync, DbSync.Sqlite and DbSync.MySql packed from
/// src/ into a local folder feed, once per test run, under a version no NuGet cache has seen.
/// </summary>
public sealed class PackedLibrary
{
    private static readonly Lazy<Task<PackedLibrary>> Instance = new(PackAsync);

    private PackedLibrary(string root, string feed, string version)
    {
        Root = root;
        Feed = feed;
        Version = version;
    }

    /// <summary>Working folder of this run's packs; the sample projects and their NUGET_PACKAGES live under it too.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public static Task<PackedLibrary> GetAsync() => Instance.Value;

    private static async Task<PackedLibrary> PackAsync()
    {
        string root = Path.Combine(Path.GetTempPath(), "dbsync-library-" + Guid.NewGuid().ToString("N")[..12]);
        string feed = Path.Combine(root, "feed");
        string version = "0.0.0-lib." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

        // The dialects first (each builds the engine and Core too), then the engine and Core from those builds. Its own
        // artifacts folder, so this build never races another test project's build of the same sources.
        string[][] packs =
        [
            ["src/DbSync.Sqlite/DbSync.Sqlite.csproj"],
            ["src/DbSync.MySql/DbSync.MySql.csproj"],
            ["src/DbSync/DbSync.csproj", "--no-build"],
            ["src/DbSync.Core/DbSync.Core.csproj", "--no-build"],
        ];
        foreach (string[] pack in packs)
        {
            var result = await ProcessRunner.RunAsync("dotnet",
                ["pack", RepositoryRoot.Combine(pack[0]), "-c", "Release", "-o", feed, "-p:Version=" + version, "-p:ArtifactsPath=" + Path.Combine(root, "artifacts"),
                 "-nodeReuse:false", "-p:UseSharedCompilation=false", .. pack[1..]],
                RepositoryRoot.Path, timeout: TimeSpan.FromMinutes(10));
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack " + pack[0] + " failed: " + result);
            }
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return new PackedLibrary(root, feed, version);
    }
}
