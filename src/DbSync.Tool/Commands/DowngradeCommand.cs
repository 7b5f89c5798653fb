using System.CommandLine;
using DbSync.Migrations;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

internal static class DowngradeCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var revision = RevisionOption.Create("The version to downgrade to.", required: true);
        var command = new Command("downgrade", "Run downgrade scripts from the database's version down to --revision.");
        command.Options.Add(revision);
        command.Options.Add(SanityCheckOption.Instance);
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            var repository = context.LoadRepository();
            long target = RevisionResolver.Resolve(context.ParseResult.GetRequiredValue(revision), repository);
            var migrator = context.CreateMigrator(repository, SanityCheckOption.Options(context.ParseResult));
            MigrationResult result = await migrator.DowngradeAsync(target, cancellationToken).ConfigureAwait(false);
            context.Reporter.Info(result.Steps.Count == 0
                ? "Database is already at version " + result.EndVersion + "."
                : "Downgraded from version " + result.StartVersion + " to " + result.EndVersion + " (" + UpgradeCommand.Plural(result.Steps.Count, "version")
                  + ") in " + ConsoleReporter.Milliseconds(result.Elapsed) + ".");
            return CommandAction.Success;
        });
        return command;
    }
}
