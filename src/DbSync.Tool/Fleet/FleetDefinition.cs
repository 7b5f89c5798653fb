using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Fleet;

/// <summary>
/// The fleet a command runs on, if any: --fleet FILE, else [fleet] file, else [fleet] query and template. Null when
/// neither the command line nor the configuration names one (then the command runs on [database] connection alone).
/// </summary>
internal sealed record FleetDefinition(IReadOnlyList<FleetMember> Members, string Source, int Parallel, bool FailFast)
{
    public static async Task<FleetDefinition?> LoadAsync(CliContext context, CancellationToken cancellationToken)
    {
        var parse = context.ParseResult;
        string? option = parse.GetValue(FleetOptions.Fleet);
        int? parallel = parse.GetValue(FleetOptions.Parallel);
        bool failFast = parse.GetValue(FleetOptions.FailFast);
        FleetSettings settings = FleetSettings.Read(context.Settings.ConfigFiles);
        if (option == null && !settings.IsDefined)
        {
            if (parallel != null || failFast)
            {
                throw new CommandLineException((failFast ? "--fail-fast" : "--parallel") + " applies to a fleet: add --fleet FILE, or [fleet] file = FILE in the config");
            }

            return null;
        }

        var (members, source) = await ReadMembersAsync(context, option, settings, cancellationToken).ConfigureAwait(false);
        return new FleetDefinition(members, source, parallel ?? 1, failFast);
    }

    private static async Task<(IReadOnlyList<FleetMember> Members, string Source)> ReadMembersAsync(CliContext context, string? option, FleetSettings settings,
        CancellationToken cancellationToken)
    {
        if (option != null)
        {
            string path = Path.GetFullPath(option);
            if (!File.Exists(path))
            {
                throw new CommandLineException("--fleet " + option + ": no such file (" + path + ")");
            }

            return (await FleetFile.ReadAsync(path, "--fleet " + option, cancellationToken).ConfigureAwait(false), path);
        }

        if (settings.File is { } file)
        {
            // Relative to the config file that names it, as [dbsync] repository.
            string path = Path.GetFullPath(file.Value, Path.GetDirectoryName(file.File)!);
            if (!File.Exists(path))
            {
                throw new FleetDefinitionException("[fleet] file: no such file (" + path + ")", FleetSettings.At(file));
            }

            return (await FleetFile.ReadAsync(path, "[fleet] file", cancellationToken).ConfigureAwait(false), path);
        }

        DatabaseUrl source = SourceOf(context, settings);
        string shownAs = source.WithoutPassword().ToString();
        var members = await FleetQuery.ReadAsync(settings.Query!, settings.Template!, source, shownAs, cancellationToken).ConfigureAwait(false);
        return (members, "[fleet] query on " + shownAs);
    }

    /// <summary>[fleet] source, else the configured database ([database] connection or DBSYNC_DATABASE_CONNECTION).</summary>
    private static DatabaseUrl SourceOf(CliContext context, FleetSettings settings)
    {
        if (settings.Source is { } source)
        {
            try
            {
                return DatabaseUrlParser.Parse(source.Value, "[fleet] source");
            }
            catch (ConfigurationException e)
            {
                throw new FleetDefinitionException(e.Message, FleetSettings.At(source), e);
            }
        }

        return context.Settings.Connection ?? throw new FleetDefinitionException(
            "[fleet] query needs a database to run on: set [fleet] source = URL, or [database] connection", FleetSettings.At(settings.Query!));
    }
}
