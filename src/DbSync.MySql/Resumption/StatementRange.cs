using System.Globalization;

namespace DbSync.MySql.Resumption;

/// <summary>Names the first statements of a script for messages: "statements 1-2 of version 3 (lines 1, 5)".</summary>
internal static class StatementRange
{
    public static string Describe(IReadOnlyList<int> lines, string ofWhat)
    {
        string listed = string.Join(", ", lines.Select(l => l.ToString(CultureInfo.InvariantCulture)));
        return lines.Count switch
        {
            0 => "no statement of " + ofWhat,
            1 => "statement 1 of " + ofWhat + " (line " + listed + ")",
            _ => "statements 1-" + lines.Count.ToString(CultureInfo.InvariantCulture) + " of " + ofWhat + " (lines " + listed + ")",
        };
    }

    /// <summary>" was" or " were", to follow <see cref="Describe"/>.</summary>
    public static string Were(int count) => count == 1 ? " was" : " were";

    /// <summary>"version 3" for an upgrade step, "the downgrade of version 3" for a downgrade.</summary>
    public static string StepName(long from, long to) =>
        to > from ? "version " + to.ToString(CultureInfo.InvariantCulture) : "the downgrade of version " + from.ToString(CultureInfo.InvariantCulture);
}
