using System.CommandLine;
using System.Globalization;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

internal static class HistoryCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var command = new Command("history", "List the repository's versions, each marked applied or pending for the database. Changes nothing.");
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            var repository = context.LoadRepository();
            var (current, history) = await context.CreateMigrator(repository).GetHistoryAsync(cancellationToken).ConfigureAwait(false);
            int width = history.Count == 0 ? 1 : history.Max(h => h.Version.ToString(CultureInfo.InvariantCulture).Length);
            foreach (var entry in history)
            {
                string marks = (entry.IsCurrent ? " (current)" : string.Empty) + (entry.Version == repository.Latest ? " (head)" : string.Empty);
                context.Reporter.Info((entry.Applied ? "applied  " : "pending  ")
                    + entry.Version.ToString(CultureInfo.InvariantCulture).PadLeft(width) + "  " + entry.Name + marks);
            }

            context.Reporter.Info(current == null
                ? "The database is not under version control; " + UpgradeCommand.Plural(history.Count, "version") + " pending."
                : "Database at version " + current + "; " + UpgradeCommand.Plural(history.Count(h => !h.Applied), "version") + " pending.");
            return CommandAction.Success;
        });
        return command;
    }
}
