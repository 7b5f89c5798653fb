using System.CommandLine;
using DbSync.Migrations;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

internal static class UpgradeCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var revision = RevisionOption.Create("The version to upgrade to (default: the latest): a version number, 'head' (the latest), 'base',"
            + " or +N, N versions up from the database's.", required: false);
        var command = new Command("upgrade", "Apply upgrade scripts from the database's version to --revision (default: the latest). The default command.");
        command.Options.Add(revision);
        command.Options.Add(SanityCheckOption.Instance);
        CommandAction.Set(command, args, (context, cancellationToken) => RunAsync(context, context.ParseResult.GetValue(revision), cancellationToken));
        CommandHelp.Add(command, CommandHelp.Reads.Both,
            "dotnet dbsync --config-file app.conf upgrade  # to the latest version",
            "dotnet dbsync upgrade --revision +1  # one version up");
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string? revision, CancellationToken cancellationToken)
    {
        var repository = context.LoadRepository();
        RevisionTarget target = revision == null ? RevisionTarget.To(repository.Latest) : RevisionResolver.ResolveTarget(revision, repository, upgrade: true);
        var migrator = context.CreateMigrator(repository, writes: true, SanityCheckOption.Options(context.ParseResult));
        MigrationResult result = await migrator.UpgradeAsync(target, cancellationToken).ConfigureAwait(false);
        context.Reporter.Info(result.Steps.Count == 0
            ? "Database is already at version " + result.EndVersion + (result.EndVersion == repository.Latest ? " (latest)." : ".")
            : "Upgraded from version " + result.StartVersion + " to " + result.EndVersion + " (" + Plural(result.Steps.Count, "version") + ") in "
              + ConsoleReporter.Milliseconds(result.Elapsed) + ".");
        return CommandAction.Success;
    }

    public static string Plural(int count, string noun) => count + " " + noun + (count == 1 ? string.Empty : "s");
}
