using DbSync.Core.Errors;
using DbSync.Core.Ini;

namespace DbSync.Tool.Fleet;

/// <summary>
/// The [fleet] section of the configuration files (later files win, key by key, as for every setting):
/// <c>file</c>, a fleet file relative to the config file that names it; or <c>query</c> and <c>template</c>, the
/// databases named by a query's first column, run on <c>source</c> (default: [database] connection).
/// Read by the CLI alone: the engine knows nothing of fleets.
/// </summary>
internal sealed class FleetSettings
{
    private FleetSettings(IniValue? file, IniValue? query, IniValue? template, IniValue? source)
    {
        File = file;
        Query = query;
        Template = template;
        Source = source;
    }

    public IniValue? File { get; }

    public IniValue? Query { get; }

    public IniValue? Template { get; }

    public IniValue? Source { get; }

    /// <summary>Whether the configuration defines a fleet at all.</summary>
    public bool IsDefined => File != null || Query != null || Template != null;

    public static FleetSettings Read(IEnumerable<string> configFiles)
    {
        IniValue? file = null, query = null, template = null, source = null;
        foreach (string path in configFiles)
        {
            IniDocument ini = IniParser.ParseFile(path, stripQuotes: true);
            file = NonEmpty(ini.Get("fleet", "file")) ?? file;
            query = NonEmpty(ini.Get("fleet", "query")) ?? query;
            template = NonEmpty(ini.Get("fleet", "template")) ?? template;
            source = NonEmpty(ini.Get("fleet", "source")) ?? source;
        }

        var settings = new FleetSettings(file, query, template, source);
        settings.Check();
        return settings;
    }

    /// <summary>One way to name the databases, and a query with its template: anything else is DBS120 at the setting.</summary>
    private void Check()
    {
        if (File != null && (Query ?? Template) is { } other)
        {
            throw new FleetDefinitionException("[fleet] file and [fleet] " + (Query != null ? "query" : "template")
                + " both name the fleet's databases; keep one (file is " + File.Location + ")", At(other));
        }

        if (Query != null && Template == null)
        {
            throw new FleetDefinitionException("[fleet] query needs [fleet] template, the URL of each database with {name} where the query's value goes"
                + " (e.g. template = mysql://app:PASSWORD@db/tenant_{name})", At(Query));
        }

        if (Template != null && Query == null)
        {
            throw new FleetDefinitionException("[fleet] template needs [fleet] query, which lists the names (e.g. query = SELECT name FROM tenants)", At(Template));
        }

        if (Template != null && !Template.Value.Contains(FleetQuery.Placeholder, StringComparison.Ordinal))
        {
            throw new FleetDefinitionException("[fleet] template has no " + FleetQuery.Placeholder + ", so every name would give the same database", At(Template));
        }
    }

    public static SourceLocation At(IniValue value) => new(value.File, value.Line, 1);

    private static IniValue? NonEmpty(IniValue? value) => value == null || value.Value.Trim().Length == 0 ? null : value;
}
