using System.CommandLine;
using System.Globalization;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

internal static class VersionCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var command = new Command("version", "Print the database's current version ('None' if it is not under version control). Changes nothing.");
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            var repository = context.LoadRepository();
            long? version = await context.CreateMigrator(repository).GetVersionAsync(cancellationToken).ConfigureAwait(false);
            context.Reporter.Info(version?.ToString(CultureInfo.InvariantCulture) ?? "None");
            return CommandAction.Success;
        });
        return command;
    }
}
