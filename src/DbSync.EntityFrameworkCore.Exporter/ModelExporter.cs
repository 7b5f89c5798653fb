using System.Reflection;

namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>
/// Loads the application, finds and creates its DbContext, and returns EF Core's own CREATE script for it: the SQL that
/// <c>EnsureCreated()</c> runs, which DbSync then loads into a scratch database like a model.sql.
/// </summary>
internal static class ModelExporter
{
    public static ExportResult Export(ExporterArguments arguments)
    {
        Assembly application = ApplicationAssemblies.Load(arguments.AssemblyPath);
        string name = application.GetName().Name!;
        EfCoreTypes ef = EfCoreTypes.Bind(application);
        IReadOnlyList<ContextCandidate> candidates =
            new ContextDiscovery(ef, ApplicationAssemblies.WithProjectReferences(application), application, arguments.ApplicationArguments).Find();
        ContextCandidate chosen = Choose(candidates, arguments.ContextName, name);

        object context;
        try
        {
            context = chosen.Create();
        }
        catch (Exception e) when (e is not ExportException)
        {
            Exception cause = ExportException.Unwrap(e);
            throw new ExportException(ExportErrorKind.Failed, "creating " + chosen.Name + " through " + chosen.How + " failed: " + cause.GetType().Name + ": " + cause.Message, e);
        }

        try
        {
            var (provider, script) = CreateScript.Generate(context, chosen.Name);
            return ExportResult.Success(chosen.Type.FullName!, provider, ef.Version, script, candidates.Select(c => c.Type.FullName!).ToList(), ModelWarnings.Collect(context, ef, provider));
        }
        finally
        {
            (context as IDisposable)?.Dispose();
        }
    }

    private static ContextCandidate Choose(IReadOnlyList<ContextCandidate> candidates, string? wanted, string application)
    {
        string names = string.Join(", ", candidates.Select(c => c.Name));
        if (wanted != null)
        {
            return candidates.FirstOrDefault(c => string.Equals(c.Type.FullName, wanted, StringComparison.OrdinalIgnoreCase))
                ?? candidates.FirstOrDefault(c => string.Equals(c.Name, wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new ExportException(ExportErrorKind.UnknownContext, application + " has no DbContext named '" + wanted + "'"
                    + (candidates.Count == 0 ? string.Empty : "; it has " + names));
        }

        return candidates.Count switch
        {
            0 => throw new ExportException(ExportErrorKind.NoContext, application
                + " has no DbContext: no class derives from DbContext in it or its project references, and its host registers none"),
            1 => candidates[0],
            _ => throw new ExportException(ExportErrorKind.SeveralContexts, application + " has " + candidates.Count + " DbContexts (" + names
                + "): name one with ';context=NAME'"),
        };
    }
}
