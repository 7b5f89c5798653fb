using System.Diagnostics;
using System.Text.Json;
using DbSync.Core.Errors;
using DbSync.Migrations;

namespace DbSync.EntityFrameworkCore;

/// <summary>
/// Builds the application (<c>dotnet build -t:Build -getProperty:...</c>: one process builds and reports where the
/// output is) or, with <c>no-build</c>, only evaluates the project (<c>dotnet msbuild -getProperty:...</c>). A failed build
/// is one line: the first compiler or MSBuild error.
/// </summary>
internal static class ProjectBuilder
{
    private static readonly string[] Properties = ["TargetPath", "ProjectAssetsFile", "TargetFramework", "TargetFrameworks"];

    public static async Task<ProjectOutput> BuildAsync(EfModelSpec spec, IMigrationObserver observer, CancellationToken cancellationToken)
    {
        var arguments = new List<string>();
        arguments.AddRange(spec.NoBuild
            ? ["msbuild", spec.ProjectPath, "-p:Configuration=" + spec.Configuration]
            : ["build", spec.ProjectPath, "-t:Build", "-c", spec.Configuration]);
        arguments.AddRange(["-nologo", "-nodeReuse:false"]);
        if (spec.Framework != null)
        {
            // 'dotnet build -f' keeps the framework out of the restore, which needs every framework of the project.
            arguments.AddRange(spec.NoBuild ? ["-p:TargetFramework=" + spec.Framework] : ["-f", spec.Framework]);
        }

        arguments.AddRange(Properties.Select(p => "-getProperty:" + p));
        var clock = Stopwatch.StartNew();
        string directory = Path.GetDirectoryName(spec.ProjectPath)!;
        DotNetResult result = await DotNetProcess.RunAsync(arguments, directory, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new DbSyncException(ErrorCodes.Model, (spec.NoBuild ? "evaluating " : "building ") + spec.ProjectPath + " (" + spec.Name + ") failed: " + FirstError(result));
        }

        observer.Debug((spec.NoBuild ? "evaluated " : "built ") + spec.ProjectPath + " (" + spec.Configuration + ") in "
            + clock.Elapsed.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " ms");
        Dictionary<string, string> values = ReadProperties(spec, result.Stdout);
        if (values.GetValueOrDefault("TargetFramework", string.Empty).Length == 0 && values.GetValueOrDefault("TargetFrameworks", string.Empty).Length > 0)
        {
            throw new DbSyncException(ErrorCodes.Model, spec.ProjectPath + " targets several frameworks (" + values["TargetFrameworks"]
                + "): choose one with ';framework=TFM' in '" + spec.Name + "' (" + spec.Origin + ")");
        }

        string assembly = values.GetValueOrDefault("TargetPath", string.Empty);
        if (assembly.Length == 0 || !File.Exists(assembly))
        {
            throw new DbSyncException(ErrorCodes.Model, spec.ProjectPath + " has no build output" + (assembly.Length == 0 ? string.Empty : " at " + assembly)
                + (spec.NoBuild ? ": build it (configuration " + spec.Configuration + ") or drop ';no-build'" : string.Empty));
        }

        string runtimeConfig = Path.ChangeExtension(assembly, ".runtimeconfig.json");
        if (!File.Exists(runtimeConfig))
        {
            throw new DbSyncException(ErrorCodes.Model, spec.ProjectPath + " has no " + Path.GetFileName(runtimeConfig)
                + ": it is a class library. Point ef: at the application that runs the DbContext (as 'dotnet ef --startup-project' would),"
                + " or add <GenerateRuntimeConfigurationFiles>true</GenerateRuntimeConfigurationFiles> to the library");
        }

        return new ProjectOutput(assembly, Path.ChangeExtension(assembly, ".deps.json"), runtimeConfig,
            PackageFolders(values.GetValueOrDefault("ProjectAssetsFile")), directory);
    }

    private static Dictionary<string, string> ReadProperties(EfModelSpec spec, string stdout)
    {
        int start = stdout.IndexOf('{', StringComparison.Ordinal);
        try
        {
            using JsonDocument json = JsonDocument.Parse(start < 0 ? stdout : stdout[start..]);
            return json.RootElement.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new DbSyncException(ErrorCodes.Model, "cannot read where " + spec.ProjectPath + " builds to (dotnet printed '"
                + stdout.Trim().ReplaceLineEndings(" ") + "'): EF Core models need the .NET 8 SDK or later", null, e);
        }
    }

    /// <summary>The package folders of project.assets.json, where the host resolves a library's NuGet dependencies.</summary>
    private static IReadOnlyList<string> PackageFolders(string? assetsFile)
    {
        if (string.IsNullOrEmpty(assetsFile) || !File.Exists(assetsFile))
        {
            return [];
        }

        using JsonDocument assets = JsonDocument.Parse(File.ReadAllBytes(assetsFile));
        return assets.RootElement.TryGetProperty("packageFolders", out JsonElement folders)
            ? folders.EnumerateObject().Select(f => f.Name.TrimEnd('/', '\\')).ToList()
            : [];
    }

    /// <summary>The first "error" line of the build, without the project suffix MSBuild appends; else the last line.</summary>
    private static string FirstError(DotNetResult result)
    {
        List<string> lines = result.Lines.ToList();
        List<string> errors = lines.Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.StartsWith("error ", StringComparison.Ordinal) || l.Contains("MSBUILD : error", StringComparison.Ordinal))
            .Select(l => l.Trim()).Distinct().ToList();
        if (errors.Count == 0)
        {
            return lines.Count == 0 ? "dotnet exited with code " + result.ExitCode : lines[^1].Trim();
        }

        string first = errors[0];
        int suffix = first.LastIndexOf(" [", StringComparison.Ordinal);
        if (suffix > 0 && first.EndsWith(']'))
        {
            first = first[..suffix];
        }

        return first + (errors.Count > 1 ? " (and " + (errors.Count - 1) + " more)" : string.Empty);
    }
}
