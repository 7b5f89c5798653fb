using System.Globalization;
using DbSync.Migrations.Resumable;

namespace DbSync.Migrations;

/// <summary>
/// A version an earlier run left partly applied on a database whose DDL commits on its own (MySQL): the version row
/// still says <see cref="From"/>, and <see cref="Applied"/> statements of the script towards <see cref="To"/> ran.
/// The next upgrade (or downgrade) resumes it at the statement after them.
/// </summary>
/// <param name="Total">How many statements the script has now; null when it cannot be read.</param>
/// <param name="NextLine">The line of the statement the rerun starts at (0 when not known).</param>
/// <param name="InFlight">The statement after the applied ones was running when the run stopped, and may have completed.</param>
public sealed record IncompleteVersion(long From, long To, string Script, int Applied, int? Total, int NextLine, bool InFlight)
{
    public bool IsUpgrade => To > From;

    /// <summary>"version 4", or "the downgrade of version 4".</summary>
    public string StepName => IsUpgrade ? "version " + N(To) : "the downgrade of version " + N(From);

    /// <summary>"version 4 partly applied (2 of 5 statements)".</summary>
    public string Describe() => StepName + " partly applied (" + N(Applied) + (Total is int total ? " of " + N(total) : string.Empty)
        + (Applied == 1 && Total == null ? " statement)" : " statements)");

    /// <summary>What to do: the command that resumes it, and the way out.</summary>
    public string Advice() =>
        "'dotnet dbsync " + (IsUpgrade ? "upgrade" : "downgrade --revision " + N(To)) + "' resumes it at statement " + N(Applied + 1)
        + (NextLine > 0 ? " (line " + N(NextLine) + " of " + Script + ")" : " of " + Script)
        + (InFlight ? ", which was running when the run stopped and is checked again" : string.Empty)
        + "; or repair the schema by hand and record the version with 'dotnet dbsync stamp --revision N'";

    internal static IncompleteVersion Of(StepProgress progress, int? total) =>
        new(progress.From, progress.To, progress.Script, progress.Statement - 1, total, progress.Line, progress.InFlight);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
