using DbSync.Configuration;

namespace DbSync.Tool.Cli;

/// <summary>
/// oslo.config applies --config-file and --config-dir in the order given, later values winning; the parser keeps
/// each option's values separately, so the order is read from the raw arguments.
/// </summary>
internal static class ConfigSourceOrder
{
    public static IReadOnlyList<ConfigSource> FromArguments(IReadOnlyList<string> args)
    {
        var sources = new List<ConfigSource>();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                break;
            }

            foreach (var (name, kind) in new[] { ("--config-file", ConfigSourceKind.File), ("--config-dir", ConfigSourceKind.Directory) })
            {
                if (arg == name && i + 1 < args.Count)
                {
                    sources.Add(new ConfigSource(kind, args[++i]));
                }
                else if (arg.StartsWith(name + "=", StringComparison.Ordinal))
                {
                    sources.Add(new ConfigSource(kind, arg[(name.Length + 1)..]));
                }
            }
        }

        return sources;
    }
}
