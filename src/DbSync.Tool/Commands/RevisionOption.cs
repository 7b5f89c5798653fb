using System.CommandLine;

namespace DbSync.Tool.Commands;

/// <summary>--revision: what it takes differs per command, so each says it in <paramref name="description"/>.</summary>
internal static class RevisionOption
{
    public static Option<string> Create(string description, bool required) => new("--revision")
    {
        Description = description,
        HelpName = "REVISION",
        Required = required,
    };
}
