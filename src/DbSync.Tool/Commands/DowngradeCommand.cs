using System.CommandLine;
using DbSync.Migrations;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

internal static class DowngradeCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var revision = RevisionOption.Create("The version to downgrade to: a version number, 'base' (before the first version),"
            + " or -N, N versions down from the database's.", required: true);
        var command = new Command("downgrade", "Run downgrade scripts from the database's version down to --revision.");
        command.Options.Add(revision);
        command.Options.Add(SanityCheckOption.Instance);
        OfflineScriptOptions.AddTo(command);
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            bool sql = OfflineScriptOptions.IsRequested(context);
            var repository = context.LoadRepository();
            RevisionTarget target = RevisionResolver.ResolveTarget(context.ParseResult.GetRequiredValue(revision), repository, upgrade: false);
            if (sql)
            {
                return await OfflineScriptOptions.RunAsync(context, repository, target, upgrade: false, cancellationToken).ConfigureAwait(false);
            }

            var migrator = context.CreateMigrator(repository, writes: true, SanityCheckOption.Options(context.ParseResult));
            MigrationResult result = await migrator.DowngradeAsync(target, cancellationToken).ConfigureAwait(false);
            MigrationSummary.Report(context, result, repository.Latest, upgrade: false);
            return CommandAction.Success;
        });
        OutputFormats.AllowJson(command);
        CommandHelp.Add(command, CommandHelp.Reads.Both,
            "dotnet dbsync downgrade --revision -1  # undo the latest version applied",
            "dotnet dbsync downgrade --revision 3  # down to version 3",
            "dotnet dbsync downgrade --revision 3 --sql --from head  # the SQL from the latest version down to 3");
        return command;
    }
}
