using System.Diagnostics;
using System.Globalization;

namespace DbSync.MSBuild.Tests.EndToEnd;

/// <summary>
/// Packs DbSync.MSBuild once per test run, under a version no cache has seen, into a temporary feed; the sample
/// projects of every end-to-end test restore it from there into one shared temporary NUGET_PACKAGES.
/// </summary>
public sealed class PackedPackageFixture : IDisposable
{
    public PackedPackageFixture()
    {
        Root = SampleRepository.NewTempFolder("dbsync-msbuild-e2e-");
        FeedPath = Path.Combine(Root, "feed");
        PackagesPath = Path.Combine(Root, "packages");
        Directory.CreateDirectory(FeedPath);
        Directory.CreateDirectory(PackagesPath);
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

        string project = Path.Combine(FindRepositoryRoot(), "src", "DbSync.MSBuild", "DbSync.MSBuild.csproj");
        // Its own artifacts folder, so this build never races another test project's build of the same sources.
        DotNetResult pack = Run(Root, "pack", project, "-c", "Release", "-o", FeedPath, "-p:Version=" + Version,
            "-p:ArtifactsPath=" + Path.Combine(Root, "artifacts"), "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        if (pack.ExitCode != 0 || !File.Exists(Path.Combine(FeedPath, "DbSync.MSBuild." + Version + ".nupkg")))
        {
            throw new InvalidOperationException("dotnet pack of DbSync.MSBuild failed:\n" + pack.Output);
        }
    }

    /// <summary>The temporary folder everything of this run lives in.</summary>
    public string Root { get; }

    public string FeedPath { get; }

    public string PackagesPath { get; }

    public string Version { get; }

    /// <summary>Runs <c>dotnet</c> in <paramref name="workingDirectory"/> with no telemetry, no build server and the temporary NUGET_PACKAGES.</summary>
    public DotNetResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under `dotnet test`, whose MSBuild settings must not leak into the builds started here.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["NUGET_PACKAGES"] = PackagesPath;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish in 5 minutes:\n" + output);
        }

        process.WaitForExit();
        lock (output)
        {
            return new DotNetResult(process.ExitCode, output.ToString());
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not turn a passing run into a failure; the folder is under the temp path.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DbSync.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("DbSync.sln not found above " + AppContext.BaseDirectory);
    }
}
