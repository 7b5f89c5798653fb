using System.Reflection;
using System.Text.Json;

namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>
/// Loads the application's assembly and its project references. The runtime resolves packages through the app's
/// .deps.json (given to dotnet exec); what it does not find there (the app's own output, when this exporter lives in
/// another folder) is loaded from the application's folder, as EF Core's ef.dll does.
/// </summary>
internal static class ApplicationAssemblies
{
    public static Assembly Load(string path)
    {
        string fullPath = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(fullPath)!;
        AppDomain.CurrentDomain.AssemblyResolve += (_, e) => FromDirectory(directory, new AssemblyName(e.Name));
        try
        {
            return Assembly.Load(AssemblyName.GetAssemblyName(fullPath));
        }
        catch (FileNotFoundException)
        {
            return Assembly.LoadFrom(fullPath);
        }
    }

    /// <summary>
    /// The application's assembly and the projects it references (the "project" libraries of its .deps.json), where a
    /// DbContext may live: what EF Core's tools scan as the target and startup assemblies.
    /// </summary>
    public static IReadOnlyList<Assembly> WithProjectReferences(Assembly application)
    {
        var assemblies = new List<Assembly> { application };
        foreach (string name in ProjectLibraries())
        {
            if (string.Equals(name, application.GetName().Name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                assemblies.Add(Assembly.Load(new AssemblyName(name)));
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                // A project without an assembly of that name (e.g. a renamed AssemblyName): nothing to scan.
            }
        }

        return assemblies;
    }

    private static IEnumerable<string> ProjectLibraries()
    {
        string? depsFile = (AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string)?.Split(Path.PathSeparator).FirstOrDefault();
        if (string.IsNullOrEmpty(depsFile) || !File.Exists(depsFile))
        {
            yield break;
        }

        using JsonDocument deps = JsonDocument.Parse(File.ReadAllBytes(depsFile));
        if (!deps.RootElement.TryGetProperty("libraries", out JsonElement libraries))
        {
            yield break;
        }

        var names = new List<string>();
        foreach (JsonProperty library in libraries.EnumerateObject())
        {
            if (library.Value.TryGetProperty("type", out JsonElement type) && type.GetString() == "project")
            {
                names.Add(library.Name.Split('/')[0]);
            }
        }

        foreach (string name in names)
        {
            yield return name;
        }
    }

    private static Assembly? FromDirectory(string directory, AssemblyName name)
    {
        foreach (string extension in new[] { ".dll", ".exe" })
        {
            string candidate = Path.Combine(directory, name.Name + extension);
            if (File.Exists(candidate))
            {
                return Assembly.LoadFrom(candidate);
            }
        }

        return null;
    }
}
