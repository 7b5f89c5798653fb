using System.CommandLine;

namespace DbSync.Tool.Commands;

/// <summary>--revision: a version number, 'head' (the latest) or 'base' (before the first version).</summary>
internal static class RevisionOption
{
    public static Option<string> Create(string description, bool required) => new("--revision")
    {
        Description = description + " A version number, 'head' (latest) or 'base'.",
        HelpName = "REVISION",
        Required = required,
    };
}
