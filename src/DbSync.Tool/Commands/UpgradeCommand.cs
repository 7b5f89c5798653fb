using System.CommandLine;
using DbSync.Migrations;
using DbSync.Errors;
using DbSync.Tool.Cli;
using DbSync.Tool.Fleet;

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
        command.Options.Add(AllowChangedOption.Instance);
        OfflineScriptOptions.AddTo(command);
        FleetOptions.AddTo(command);
        CommandAction.Set(command, args, (context, cancellationToken) => RunAsync(context, context.ParseResult.GetValue(revision), cancellationToken));
        OutputFormats.AllowJson(command);
        CommandHelp.Add(command, CommandHelp.Reads.Both,
            "dotnet dbsync --config-file app.conf upgrade  # to the latest version",
            "dotnet dbsync upgrade --revision +1  # one version up",
            "dotnet dbsync upgrade --sql > upgrade.sql  # the SQL it would run, for the DBA (reads the version only)",
            "dotnet dbsync upgrade --sql --from 2 -o upgrade.sql  # from version 2, connecting to nothing",
            "dotnet dbsync upgrade --format json  # a JSON summary on stdout, progress on stderr",
            "dotnet dbsync upgrade --allow-changed  # although an applied script changed since it ran (see 'dotnet dbsync verify')",
            "dotnet dbsync upgrade --fleet tenants.txt --parallel 4  # every database listed in tenants.txt, 4 at a time");
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string? revision, CancellationToken cancellationToken)
    {
        bool sql = OfflineScriptOptions.IsRequested(context);
        if (sql && context.ParseResult.GetValue(FleetOptions.Fleet) != null)
        {
            throw new CommandLineException("--sql writes the script of one database: leave out --fleet");
        }

        if (!sql && await FleetCommand.TryRunAsync(context, FleetCommandKind.Upgrade, revision, cancellationToken).ConfigureAwait(false) is int exitCode)
        {
            return exitCode;
        }

        var repository = context.LoadRepository();
        RevisionTarget target = revision == null ? RevisionTarget.To(repository.Latest) : RevisionResolver.ResolveTarget(revision, repository, upgrade: true);
        if (sql)
        {
            return await OfflineScriptOptions.RunAsync(context, repository, target, upgrade: true, cancellationToken).ConfigureAwait(false);
        }

        var migrator = context.CreateMigrator(repository, writes: true, SanityCheckOption.Options(context.ParseResult));
        MigrationResult result = await migrator.UpgradeAsync(target, cancellationToken).ConfigureAwait(false);
        MigrationSummary.Report(context, result, repository.Latest, upgrade: true);
        return CommandAction.Success;
    }

    public static string Plural(int count, string noun) => count + " " + noun + (count == 1 ? string.Empty : "s");
}
