using System.Globalization;
using System.Text.Json;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Fleet;

/// <summary>
/// The end of a fleet run: the summary table (database, from, to, time, status), the failures in full, and a total
/// line with the rate in databases per second; or, under --format json, one document with an entry per database
/// (docs/json-output.md).
/// </summary>
internal sealed class FleetReport(FleetCommandKind kind, FleetDefinition fleet, long latest, IReadOnlyList<FleetOutcome> outcomes, TimeSpan elapsed)
{
    public int Failed => outcomes.Count(o => o.Status.IsFailure());

    /// <summary>check: databases that are not at the latest version (or could not be read).</summary>
    public int NotAtLatest => outcomes.Count(o => o.Status != FleetStatus.UpToDate);

    public double DatabasesPerSecond => elapsed.TotalSeconds <= 0 ? 0 : outcomes.Count / elapsed.TotalSeconds;

    /// <summary>A finished database's progress line: name, versions, time and the first line of its error.</summary>
    public static string Line(FleetCommandKind kind, FleetOutcome outcome) =>
        outcome.Member.Name + "  " + Versions(kind, outcome) + (outcome.Status == FleetStatus.NotStarted ? string.Empty : "  " + FleetConsole.Time(outcome.Elapsed))
        + (outcome.ErrorFirstLine is { } error ? "  " + error : string.Empty);

    public IEnumerable<string> TextLines()
    {
        bool upgrade = kind == FleetCommandKind.Upgrade;
        string[] header = upgrade ? ["database", "from", "to", "time", "status"] : ["database", "version", "time", "status"];
        var rows = outcomes.Select(o => upgrade
            ? new[] { o.Member.Name, Show(o.From), Show(o.To), Time(o), Status(o) }
            : [o.Member.Name, Show(o.To), Time(o), Status(o)]).ToList();
        int[] widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        yield return Row(header, widths);
        foreach (string[] row in rows)
        {
            yield return Row(row, widths);
        }

        var failures = outcomes.Where(o => o.Error != null).ToList();
        if (failures.Count > 0)
        {
            yield return string.Empty;
            yield return "Failures:";
            foreach (FleetOutcome failure in failures)
            {
                yield return "  " + failure.Member.Name;
                foreach (string line in failure.Error!.Split('\n'))
                {
                    yield return "    " + line.TrimEnd('\r');
                }
            }
        }

        yield return string.Empty;
        yield return Total();
    }

    /// <summary>"250 databases in 4.1 s (61.0 databases/s): 249 upgraded, 0 up to date, 1 failed."</summary>
    public string Total()
    {
        var counts = outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => g.Count().ToString(CultureInfo.InvariantCulture) + " " + g.Key.Text().ToLowerInvariant());
        return outcomes.Count.ToString(CultureInfo.InvariantCulture) + (outcomes.Count == 1 ? " database" : " databases") + " in " + FleetConsole.Time(elapsed) + " ("
            + DatabasesPerSecond.ToString("0.0", CultureInfo.InvariantCulture) + " databases/s, " + fleet.Parallel.ToString(CultureInfo.InvariantCulture)
            + " at a time): " + string.Join(", ", counts) + ".";
    }

    public void WriteJson(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("command", kind.ToString().ToLowerInvariant());
        json.WriteString("fleet", fleet.Source);
        json.WriteNumber("latest", latest);
        json.WriteNumber("parallel", fleet.Parallel);
        json.WriteStartArray("databases");
        foreach (FleetOutcome outcome in outcomes)
        {
            json.WriteStartObject();
            json.WriteString("database", outcome.Member.Name);
            json.WriteString("status", outcome.Status.Json());
            if (kind == FleetCommandKind.Upgrade)
            {
                JsonOutput.Version(json, "from", outcome.From);
                JsonOutput.Version(json, "to", outcome.To);
                json.WriteNumber("versionsApplied", outcome.Applied);
            }
            else
            {
                JsonOutput.Version(json, "version", outcome.To);
                JsonOutput.Incomplete(json, outcome.Incomplete);
            }

            JsonOutput.Milliseconds(json, "elapsedMs", outcome.Elapsed);
            if (outcome.Error == null)
            {
                json.WriteNull("error");
            }
            else
            {
                json.WriteStartObject("error");
                json.WriteString("code", outcome.ErrorCode);
                json.WriteString("message", outcome.Error);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("total", outcomes.Count);
        json.WriteStartObject("counts");
        foreach (FleetStatus status in Enum.GetValues<FleetStatus>())
        {
            json.WriteNumber(status.Json(), outcomes.Count(o => o.Status == status));
        }

        json.WriteEndObject();
        json.WriteNumber("failed", Failed);
        JsonOutput.Milliseconds(json, "elapsedMs", elapsed);
        json.WriteNumber("databasesPerSecond", Math.Round(DatabasesPerSecond, 1));
        json.WriteEndObject();
    }

    private static string Versions(FleetCommandKind kind, FleetOutcome outcome) => kind == FleetCommandKind.Upgrade
        ? Show(outcome.From) + " -> " + Show(outcome.To) + (outcome.Applied > 0 ? " (" + outcome.Applied.ToString(CultureInfo.InvariantCulture) + (outcome.Applied == 1 ? " version)" : " versions)") : string.Empty)
        : "version " + Show(outcome.To);

    private static string Show(long? version) => version?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Time(FleetOutcome outcome) => outcome.Status == FleetStatus.NotStarted ? "-" : FleetConsole.Time(outcome.Elapsed);

    private static string Status(FleetOutcome outcome) =>
        outcome.Status.Text() + (outcome.ErrorCode is { } code && code.StartsWith("DBS", StringComparison.Ordinal) ? " (" + code + ")" : string.Empty)
        + (outcome.Incomplete is { } incomplete ? ": " + incomplete.Describe() : string.Empty);

    /// <summary>Name left-aligned, numbers and times right-aligned, status left.</summary>
    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, i) => i == 0 || i == cells.Length - 1 ? cell.PadRight(i == cells.Length - 1 ? 0 : widths[i]) : cell.PadLeft(widths[i]))).TrimEnd();
}
