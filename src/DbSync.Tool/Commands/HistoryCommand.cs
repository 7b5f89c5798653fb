using System.CommandLine;
using System.Globalization;
using DbSync.Migrations;
using DbSync.Tool.Cli;
using DbSync.Versioning;

namespace DbSync.Tool.Commands;

internal static class HistoryCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var command = new Command("history", "List the repository's versions, each marked applied, partly applied or pending for the database, with its latest"
            + " row in the audit trail (applied at, direction, duration, user@host, ok or FAILED) where there is one. Changes nothing.");
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            var repository = context.LoadRepository();
            MigrationHistory history = await context.CreateMigrator(repository, writes: false).GetHistoryAsync(cancellationToken).ConfigureAwait(false);
            IncompleteVersion? incomplete = history.Incomplete;
            long? partly = incomplete == null ? null : incomplete.IsUpgrade ? incomplete.To : incomplete.From;
            int width = history.Entries.Count == 0 ? 1 : history.Entries.Max(h => h.Version.ToString(CultureInfo.InvariantCulture).Length);
            string Named(HistoryEntry entry) =>
                entry.Name + (entry.Version == repository.Baseline?.Number ? " (baseline)" : string.Empty) + (entry.IsCurrent ? " (current)" : string.Empty) + (entry.Version == repository.Latest ? " (head)" : string.Empty);

            // With an audit trail, each version's latest row in columns; without one (sqlalchemy-migrate's databases), the list as it always was.
            bool trail = history.Entries.Any(e => e.Record != null);
            int nameWidth = trail ? history.Entries.Max(e => Named(e).Length) : 0;
            foreach (var entry in history.Entries)
            {
                string state = entry.Version == partly ? "partly   " : entry.Applied ? "applied  " : "pending  ";
                string line = state + entry.Version.ToString(CultureInfo.InvariantCulture).PadLeft(width) + "  " + Named(entry);
                context.Reporter.Info(trail ? line.PadRight(line.Length + nameWidth - Named(entry).Length) + "  " + AuditColumns(entry.Record) : line);
            }

            int pending = history.Entries.Count(h => !h.Applied);
            if (context.Reporter.IsJson)
            {
                context.Reporter.Json(json => WriteJson(json, history, repository.Latest, partly, pending));
            }

            context.Reporter.Info(history.Current == null
                ? "The database is not under version control; " + UpgradeCommand.Plural(pending, "version") + " pending."
                : "Database at version " + history.Current + "; " + PendingSummary(pending, incomplete));
            return CommandAction.Success;
        });
        OutputFormats.AllowJson(command);
        CommandHelp.Add(command, CommandHelp.Reads.Both,
            "dotnet dbsync history  # applied  1  001_create_items ... pending  4  004_add_item_category (head)",
            "dotnet dbsync history --format json  # {\"current\": 3, \"head\": 4, \"versions\": [...], ...}");
        return command;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter json, MigrationHistory history, long head, long? partly, int pending)
    {
        json.WriteStartObject();
        JsonOutput.Version(json, "current", history.Current);
        json.WriteNumber("head", head);
        json.WriteStartArray("versions");
        foreach (var entry in history.Entries)
        {
            json.WriteStartObject();
            json.WriteNumber("version", entry.Version);
            json.WriteString("name", entry.Name);
            json.WriteString("state", entry.Version == partly ? "partly" : entry.Applied ? "applied" : "pending");
            json.WriteBoolean("current", entry.IsCurrent);
            json.WriteBoolean("head", entry.Version == head);
            JsonOutput.Record(json, "record", entry.Record);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("pending", pending);
        JsonOutput.Incomplete(json, history.Incomplete);
        json.WriteEndObject();
    }

    /// <summary>"2026-12-02T14:05:09.123Z  upgrade    12 ms  alice@web1  ok": when, what, how long, who, and whether it worked.</summary>
    private static string AuditColumns(HistoryRecord? record)
    {
        if (record == null)
        {
            return "-";
        }

        string duration = record.DurationMs is long ms ? ms.ToString(CultureInfo.InvariantCulture) + " ms" : "-";
        string who = (record.OsUser ?? "?") + "@" + (record.Host ?? "?");
        return record.AppliedAt + "  " + record.Direction.PadRight(9) + "  " + duration.PadLeft(9) + "  " + who + "  " + (record.Success ? "ok" : "FAILED");
    }

    /// <summary>"2 versions pending.", or with a partly applied version, what it is and how to go on.</summary>
    public static string PendingSummary(int pending, IncompleteVersion? incomplete)
    {
        if (incomplete == null)
        {
            return UpgradeCommand.Plural(pending, "version") + " pending.";
        }

        // An upgrade's partly applied version is one of the pending ones; a downgrade's is still applied.
        int others = incomplete.IsUpgrade ? pending - 1 : pending;
        return incomplete.Describe() + (others > 0 ? ", " + UpgradeCommand.Plural(others, "more version") + " pending" : string.Empty)
            + ". " + incomplete.Advice() + ".";
    }
}
