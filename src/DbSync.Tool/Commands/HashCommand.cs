using System.CommandLine;
using DbSync.Core.Integrity;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

/// <summary>Records every script's hash in dbsync.sum, so a later edit (DBS007) or an unrecorded script (DBS008) is caught.</summary>
internal static class HashCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var command = new Command("hash", "Rewrite dbsync.sum with a SHA-256 of every script and of the whole list. Connects to no database.");
        CommandAction.Set(command, args, (context, cancellationToken) =>
        {
            // A repository that does not load (bad names, gaps) must be fixed before its scripts are recorded.
            var repository = context.LoadRepository();
            int count = SumFile.Write(repository.Path);
            context.Reporter.Info("Wrote " + Path.Combine(repository.Path, SumFile.FileName) + " (" + UpgradeCommand.Plural(count, "script") + ").");
            return Task.FromResult(CommandAction.Success);
        });
        CommandHelp.Add(command, CommandHelp.Reads.Repository,
            "dotnet dbsync hash  # after editing a script that is not deployed anywhere yet; commit dbsync.sum with it");
        return command;
    }
}
