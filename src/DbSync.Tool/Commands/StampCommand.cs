using System.CommandLine;
using System.Globalization;
using DbSync.Migrations;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

internal static class StampCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var revision = RevisionOption.Create("The version to record: a version number, 'head' (the latest) or 'base'.", required: true);
        var command = new Command("stamp", "Record --revision as the database's version without running any script, and the checksums of the"
            + " scripts up to it in the audit trail (dbsync_history).");
        command.Options.Add(revision);
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            var repository = context.LoadRepository();
            long target = RevisionResolver.Resolve(context.ParseResult.GetRequiredValue(revision), repository);
            long? previous = await context.CreateMigrator(repository, writes: true).StampAsync(target, cancellationToken).ConfigureAwait(false);
            context.Reporter.Info("Stamped version " + target + " (was " + (previous?.ToString(CultureInfo.InvariantCulture) ?? "None") + ").");
            return CommandAction.Success;
        });
        CommandHelp.Add(command, CommandHelp.Reads.Both,
            "dotnet dbsync stamp --revision 3  # an existing schema that matches version 3",
            "dotnet dbsync stamp --revision head  # a schema made by other means, at the latest version");
        return command;
    }
}
