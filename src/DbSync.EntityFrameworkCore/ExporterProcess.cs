using System.Diagnostics;
using System.Text.Json;
using DbSync.Core.Errors;
using DbSync.Migrations;

namespace DbSync.EntityFrameworkCore;

/// <summary>
/// Runs DbSync.EntityFrameworkCore.Exporter the way dotnet-ef runs ef.dll: <c>dotnet exec --depsfile APP.deps.json
/// --runtimeconfig APP.runtimeconfig.json --additionalprobingpath PACKAGES ... exporter.dll</c>, in the project's folder
/// (where the application finds its appsettings.json), so the application's own EF Core, provider and configuration are
/// the ones that run. The result comes back in a JSON file; the application's console output is only shown with --debug.
/// </summary>
internal static class ExporterProcess
{
    public const string FileName = "DbSync.EntityFrameworkCore.Exporter.dll";

    /// <summary>Where the exporter ships: ef/ beside the host's files (the tool's, or a test's); DBSYNC_EF_EXPORTER overrides.</summary>
    public static string Location =>
        Environment.GetEnvironmentVariable("DBSYNC_EF_EXPORTER") is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "ef", FileName);

    public static async Task<ExportedModel> RunAsync(EfModelSpec spec, ProjectOutput output, IMigrationObserver observer, CancellationToken cancellationToken)
    {
        string exporter = Location;
        if (!File.Exists(exporter))
        {
            throw new DbSyncException(ErrorCodes.Model, "this DbSync cannot read EF Core models: its exporter " + exporter + " is missing (reinstall the tool)");
        }

        string resultFile = Path.Combine(Path.GetTempPath(), "dbsync-ef-" + Guid.NewGuid().ToString("N") + ".json");
        var arguments = new List<string> { "exec", "--depsfile", output.DepsFile, "--runtimeconfig", output.RuntimeConfig };
        foreach (string folder in output.PackageFolders)
        {
            arguments.AddRange(["--additionalprobingpath", folder]);
        }

        arguments.AddRange([exporter, "--assembly", output.AssemblyPath, "--output", resultFile]);
        if (spec.Context != null)
        {
            arguments.AddRange(["--context", spec.Context]);
        }

        var clock = Stopwatch.StartNew();
        try
        {
            DotNetResult result = await DotNetProcess.RunAsync(arguments, output.ProjectDirectory, cancellationToken).ConfigureAwait(false);
            foreach (string line in result.Lines)
            {
                observer.Debug("exporter: " + line);
            }

            if (result.ExitCode != 0 || !File.Exists(resultFile))
            {
                throw new DbSyncException(ErrorCodes.Model, "reading the EF Core model of " + spec.ProjectPath + " failed (exit code " + result.ExitCode + "): "
                    + (result.Lines.LastOrDefault()?.Trim() ?? "no output"));
            }

            ExportedModel model = Read(spec, await File.ReadAllBytesAsync(resultFile, cancellationToken).ConfigureAwait(false), observer);
            observer.Debug("read " + model.Context + " (EF Core " + model.EfCoreVersion + ", " + model.Provider + ") from " + output.AssemblyPath + " in "
                + clock.Elapsed.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " ms");
            return model;
        }
        finally
        {
            File.Delete(resultFile);
        }
    }

    private static ExportedModel Read(EfModelSpec spec, byte[] json, IMigrationObserver observer)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        if (root.TryGetProperty("error", out JsonElement error))
        {
            if (root.TryGetProperty("detail", out JsonElement detail) && detail.GetString() is { } text)
            {
                observer.Debug("exporter: " + text);
            }

            string hint = error.GetString() is "SeveralContexts" or "UnknownContext" ? " (" + spec.Origin + ")" : string.Empty;
            throw new DbSyncException(ErrorCodes.Model, spec.ProjectPath + ": " + root.GetProperty("message").GetString() + hint);
        }

        return new ExportedModel(
            root.GetProperty("context").GetString()!,
            root.GetProperty("provider").GetString()!,
            root.GetProperty("efCoreVersion").GetString()!,
            root.GetProperty("script").GetString()!,
            root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList());
    }
}
