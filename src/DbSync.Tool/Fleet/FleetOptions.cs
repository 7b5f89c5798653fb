using System.CommandLine;

namespace DbSync.Tool.Fleet;

/// <summary>--fleet, --parallel and --fail-fast: upgrade (and the default command), version and check over many databases.</summary>
internal static class FleetOptions
{
    public const int MaxParallel = 64;

    public static readonly Option<string?> Fleet = new("--fleet")
    {
        Description = "Run on every database of FILE, one database URL per line ('#' starts a comment), instead of [database] connection"
            + " (default: [fleet] in the config). Each runs as on its own; one failing does not stop the others; a summary table ends the run.",
        HelpName = "FILE",
    };

    public static readonly Option<int?> Parallel = new("--parallel")
    {
        Description = "With a fleet: how many databases run at once, 1 to " + MaxParallel + " (default: 1).",
        HelpName = "N",
        Validators =
        {
            result =>
            {
                if (result.GetValueOrDefault<int?>() is < 1 or > MaxParallel)
                {
                    result.AddError("--parallel must be from 1 to " + MaxParallel);
                }
            },
        },
    };

    public static readonly Option<bool> FailFast = new("--fail-fast")
    {
        Description = "With a fleet: start no database after one fails (those running finish); exit 1.",
    };

    public static void AddTo(Command command)
    {
        command.Options.Add(Fleet);
        command.Options.Add(Parallel);
        command.Options.Add(FailFast);
    }
}
