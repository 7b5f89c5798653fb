using System.CommandLine;
using DbSync.Migrations;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

internal static class StampCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var revision = RevisionOption.Create("The version to record.", required: true);
        var command = new Command("stamp", "Record --revision as the database's version without running any script.");
        command.Options.Add(revision);
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            var repository = context.LoadRepository();
            long target = RevisionResolver.Resolve(context.ParseResult.GetRequiredValue(revision), repository);
            long? previous = await context.CreateMigrator(repository).StampAsync(target, cancellationToken).ConfigureAwait(false);
            context.Reporter.Info("Stamped version " + target + " (was " + (previous?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None") + ").");
            return CommandAction.Success;
        });
        return command;
    }
}
