using System.CommandLine;
using System.Globalization;
using DbSync.Migrations;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

internal static class HistoryCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var command = new Command("history", "List the repository's versions, each marked applied, partly applied or pending for the database. Changes nothing.");
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            var repository = context.LoadRepository();
            MigrationHistory history = await context.CreateMigrator(repository, writes: false).GetHistoryAsync(cancellationToken).ConfigureAwait(false);
            IncompleteVersion? incomplete = history.Incomplete;
            long? partly = incomplete == null ? null : incomplete.IsUpgrade ? incomplete.To : incomplete.From;
            int width = history.Entries.Count == 0 ? 1 : history.Entries.Max(h => h.Version.ToString(CultureInfo.InvariantCulture).Length);
            foreach (var entry in history.Entries)
            {
                string marks = (entry.Version == repository.Baseline?.Number ? " (baseline)" : string.Empty)
                    + (entry.IsCurrent ? " (current)" : string.Empty) + (entry.Version == repository.Latest ? " (head)" : string.Empty);
                string state = entry.Version == partly ? "partly   " : entry.Applied ? "applied  " : "pending  ";
                context.Reporter.Info(state + entry.Version.ToString(CultureInfo.InvariantCulture).PadLeft(width) + "  " + entry.Name + marks);
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
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("pending", pending);
        JsonOutput.Incomplete(json, history.Incomplete);
        json.WriteEndObject();
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
