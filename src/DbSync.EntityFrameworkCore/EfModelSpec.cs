using DbSync.Core.Errors;
using DbSync.Schema.Sources;

namespace DbSync.EntityFrameworkCore;

/// <summary>
/// An <c>ef:</c> model spec: <c>ef:PROJECT[;context=NAME][;configuration=NAME][;framework=TFM][;no-build]</c>. PROJECT is
/// a project file (or a folder holding exactly one), relative to the repository for <c>[dbsync] model</c> and to the
/// current folder for <c>--model</c>.
/// </summary>
public sealed record EfModelSpec(string Text, string ProjectPath, string? Context, string Configuration, string? Framework, bool NoBuild, string Origin)
{
    private const string Options = "context=NAME, configuration=NAME, framework=TFM, no-build";

    /// <summary>How messages name the model: <c>ef:../Shop/Shop.csproj</c> as written.</summary>
    public string Name => EntityFrameworkCoreModels.Prefix + ":" + Text;

    /// <exception cref="DbSyncException">DBS108: no project, a project that does not exist, or an unknown, empty or repeated option.</exception>
    public static EfModelSpec Parse(ModelSourceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        string[] parts = spec.Text.Split(';');
        string project = parts[0].Trim();
        if (project.Length == 0)
        {
            throw Bad(spec, "names no project: write ef:PATH/App.csproj");
        }

        string? context = null;
        string? configuration = null;
        string? framework = null;
        bool noBuild = false;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string part in parts.Skip(1).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            string key = (equals < 0 ? part : part[..equals]).Trim().ToLowerInvariant();
            string? value = equals < 0 ? null : part[(equals + 1)..].Trim();
            if (!seen.Add(key))
            {
                throw Bad(spec, "sets '" + key + "' twice");
            }

            switch (key)
            {
                case "no-build" when value == null:
                    noBuild = true;
                    break;
                case "context" or "configuration" or "framework" when !string.IsNullOrEmpty(value):
                    _ = key == "context" ? context = value : key == "configuration" ? configuration = value : framework = value;
                    break;
                case "context" or "configuration" or "framework":
                    throw Bad(spec, "has no value for '" + key + "': write " + key + "=" + (key == "framework" ? "TFM" : "NAME"));
                case "no-build":
                    throw Bad(spec, "gives 'no-build' a value: write ';no-build' alone");
                default:
                    throw Bad(spec, "has an unknown option '" + part + "' (the options are " + Options + ")");
            }
        }

        return new EfModelSpec(spec.Text, FindProject(spec, Path.GetFullPath(Path.Combine(spec.BaseDirectory, project))), context, configuration ?? "Debug", framework, noBuild, spec.Origin);
    }

    private static string FindProject(ModelSourceSpec spec, string path)
    {
        if (Directory.Exists(path))
        {
            string[] projects = Directory.GetFiles(path, "*.*proj").Where(IsProjectFile).Order(StringComparer.Ordinal).ToArray();
            return projects.Length == 1
                ? projects[0]
                : throw Bad(spec, projects.Length == 0
                    ? "names the folder " + path + ", which holds no project file"
                    : "names the folder " + path + ", which holds " + projects.Length + " project files (" + string.Join(", ", projects.Select(Path.GetFileName)) + "): name one");
        }

        if (!File.Exists(path))
        {
            throw Bad(spec, "names " + path + ", which does not exist");
        }

        return IsProjectFile(path) ? path : throw Bad(spec, "names " + path + ", which is not a project file (.csproj, .fsproj, .vbproj)");
    }

    private static bool IsProjectFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".csproj" or ".fsproj" or ".vbproj";

    private static DbSyncException Bad(ModelSourceSpec spec, string problem) =>
        new(ErrorCodes.Model, "the model 'ef:" + spec.Text + "' (" + spec.Origin + ") " + problem);
}
