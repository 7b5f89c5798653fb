using System.CommandLine;
using DbSync.Revisions;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

internal static class RevisionCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var message = new Option<string>("--message", "-m")
        {
            Description = "What the revision does; it names the files, e.g. -m \"add ports\" writes 005_add_ports_default_upgrade.sql.",
            HelpName = "MESSAGE",
            Required = true,
        };
        var command = new Command("revision", "Write the next-numbered upgrade and downgrade scripts from the templates.");
        command.Options.Add(message);
        CommandAction.Set(command, args, (context, cancellationToken) =>
        {
            var repository = context.LoadRepository();
            var written = RevisionWriter.Write(repository, context.ParseResult.GetRequiredValue(message), DateTime.UtcNow);
            context.Reporter.Info("Wrote revision " + written.Version + ":");
            context.Reporter.Info("  " + Path.GetRelativePath(Directory.GetCurrentDirectory(), written.UpgradePath));
            context.Reporter.Info("  " + Path.GetRelativePath(Directory.GetCurrentDirectory(), written.DowngradePath));
            return Task.FromResult(CommandAction.Success);
        });
        return command;
    }
}
