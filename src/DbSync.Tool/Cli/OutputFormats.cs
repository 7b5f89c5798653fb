using System.CommandLine;
using System.CommandLine.Parsing;

namespace DbSync.Tool.Cli;

/// <summary>--format's values, and the commands that have a JSON result.</summary>
internal static class OutputFormats
{
    private static readonly HashSet<Command> JsonCommands = [];

    /// <summary>Marks <paramref name="command"/> as one that writes a JSON document under --format json.</summary>
    public static void AllowJson(Command command) => JsonCommands.Add(command);

    public static bool HasJson(Command command) => JsonCommands.Contains(command);

    /// <summary>The commands with a JSON result, for the message that refuses the others.</summary>
    public static string JsonCommandNames => string.Join(", ", JsonCommands.Select(c => c.Name).Where(n => n != RootName).Order(StringComparer.Ordinal));

    private const string RootName = "dotnet-dbsync";

    public static OutputFormat Parse(ArgumentResult result)
    {
        string value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        switch (value.ToLowerInvariant())
        {
            case "text":
                return OutputFormat.Text;
            case "json":
                return OutputFormat.Json;
            default:
                result.AddError("--format '" + value + "' is not 'text' or 'json'");
                return OutputFormat.Text;
        }
    }
}
