using System.Globalization;

namespace DbSync.Testing;

/// <summary>
/// The `dotnet dbsync` tool as a user gets it: packed from src/DbSync.Tool into a local folder feed and installed
/// with `dotnet tool install --tool-path`, once per test run. Tests run it as `dotnet dbsync ...` with the tool
/// folder on PATH, the way the .NET CLI finds a `dotnet-` command.
/// </summary>
public sealed class PackedTool
{
    private static readonly Lazy<Task<PackedTool>> Instance = new(PackAndInstallAsync);

    private PackedTool(string root, string toolPath, string feed, string version)
    {
        Root = root;
        ToolPath = toolPath;
        Feed = feed;
        Version = version;
    }

    /// <summary>Working folder of this run's pack and install, removed when the test process exits.</summary>
    public string Root { get; }

    public string ToolPath { get; }

    public string Feed { get; }

    public string Version { get; }

    public static Task<PackedTool> GetAsync() => Instance.Value;

    /// <summary>Runs `dotnet dbsync args` in <paramref name="workingDirectory"/>.</summary>
    public Task<ProcessResult> RunAsync(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null) =>
        ProcessRunner.RunAsync("dotnet", ["dbsync", .. args], workingDirectory, ToolEnvironment(environment), TimeSpan.FromMinutes(3));

    /// <summary>The installed tool's own executable (the native build on linux-x64).</summary>
    public string Executable => System.IO.Path.Combine(ToolPath, "dotnet-dbsync");

    /// <summary>Starts the installed executable without waiting, for tests that signal it mid-run.</summary>
    public ToolProcess StartExecutable(string workingDirectory, IEnumerable<string> args) => ToolProcess.Start(Executable, workingDirectory, args);

    /// <summary>Starts `dotnet dbsync args` without waiting, for tests that watch or kill it mid-run.</summary>
    public System.Diagnostics.Process Start(string workingDirectory, IEnumerable<string> args)
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("dbsync");
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var pair in ToolEnvironment(null))
        {
            info.Environment[pair.Key] = pair.Value;
        }

        return System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet dbsync");
    }

    private Dictionary<string, string?> ToolEnvironment(IReadOnlyDictionary<string, string?>? overrides)
    {
        var env = new Dictionary<string, string?>
        {
            ["PATH"] = ToolPath + System.IO.Path.PathSeparator + System.Environment.GetEnvironmentVariable("PATH"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            // The user's own settings must not leak into what the tests see.
            ["DBSYNC_DATABASE_CONNECTION"] = null,
            ["DBSYNC_REPOSITORY"] = null,
        };
        foreach (var pair in overrides ?? new Dictionary<string, string?>())
        {
            env[pair.Key] = pair.Value;
        }

        return env;
    }

    private static async Task<PackedTool> PackAndInstallAsync()
    {
        string root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dbsync-tool-" + Guid.NewGuid().ToString("N")[..12]);
        string feed = System.IO.Path.Combine(root, "feed");
        string toolPath = System.IO.Path.Combine(root, "tools");
        string version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

        // The pointer package and the framework-dependent 'any' package, then the native one where this machine can
        // build it, as a release does: on linux-x64, `dotnet tool install` then picks the native build.
        string project = RepositoryRoot.Combine("src", "DbSync.Tool", "DbSync.Tool.csproj");
        var packs = new List<string[]> { Array.Empty<string>(), new[] { "-r", "any" } };
        if (System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64")
        {
            packs.Add(new[] { "-r", "linux-x64", "-p:DebugType=none" });
        }

        foreach (string[] extra in packs)
        {
            // Its own artifacts folder, so this build never races another test project's build of the same sources. The
            // native link alone took over 10 minutes on a 2-core machine shared with other builds.
            var pack = await ProcessRunner.RunAsync("dotnet",
                ["pack", project, "-c", "Release", "-o", feed, "-p:Version=" + version, "-p:ArtifactsPath=" + System.IO.Path.Combine(root, "artifacts"),
                 "-nodeReuse:false", "-p:UseSharedCompilation=false", .. extra],
                RepositoryRoot.Path, timeout: TimeSpan.FromMinutes(25));
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack " + string.Join(" ", extra) + " failed: " + pack);
            }
        }

        var install = await ProcessRunner.RunAsync("dotnet",
            ["tool", "install", "dotnet-dbsync", "--tool-path", toolPath, "--add-source", feed, "--version", version],
            root, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = System.IO.Path.Combine(root, "nuget-packages") },
            TimeSpan.FromMinutes(5));
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet tool install failed: " + install);
        }

        // The pack is per test run: remove it when the run ends.
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
        return new PackedTool(root, toolPath, feed, version);
    }
}
