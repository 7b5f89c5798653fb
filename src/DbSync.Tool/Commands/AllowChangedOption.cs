using System.CommandLine;

namespace DbSync.Tool.Commands;

/// <summary>--allow-changed: upgrade although an applied version's script changed since the audit trail recorded it (DBS116).</summary>
internal static class AllowChangedOption
{
    public static readonly Option<bool> Instance = new("--allow-changed")
    {
        Description = "Upgrade even if the script of an applied version changed since it was applied (each is a warning);"
            + " 'dotnet dbsync stamp' records the scripts as they are now.",
    };
}
