using System.CommandLine;
using System.Globalization;
using DbSync.Baselines;
using DbSync.Migrations;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

/// <summary>`baseline --revision N`: one script that builds version N's schema, the repository's starting point for new databases.</summary>
internal static class BaselineCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var revision = RevisionOption.Create("The version whose schema the baseline builds: a version number or 'head' (the latest).", required: true);
        var command = new Command("baseline",
            "Write versions/baseline/NNN_baseline_DIALECT_upgrade.sql, the schema at --revision read from a scratch database upgraded to it, and set"
            + " [dbsync] baseline in migrate.cfg: a new database runs it in one step instead of the scripts up to --revision; databases past their"
            + " first version keep using versions/ (keep those scripts). The configured database is not touched; only its dialect (and server) is used.");
        command.Options.Add(revision);
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            var repository = context.LoadRepository();
            long version = RevisionResolver.Resolve(context.ParseResult.GetRequiredValue(revision), repository);
            var writer = new BaselineWriter(repository, context.Target(repository, writes: false), context.Reporter);
            BaselineResult result = await writer.WriteAsync(version, cancellationToken).ConfigureAwait(false);
            string n = result.Version.ToString(CultureInfo.InvariantCulture);
            context.Reporter.Info("Wrote the baseline of version " + n + " (" + UpgradeCommand.Plural(result.Tables.Count, "table") + "):");
            context.Reporter.Info("  " + Path.GetRelativePath(Directory.GetCurrentDirectory(), result.Path));
            context.Reporter.Info(result.PreviousBaseline == result.Version
                ? "migrate.cfg already sets [dbsync] baseline = " + n + "."
                : "Set [dbsync] baseline = " + n + " in migrate.cfg" + (result.PreviousBaseline is long old ? " (was " + old.ToString(CultureInfo.InvariantCulture) + ")." : "."));
            context.Reporter.Info("New databases now run it instead of the scripts up to " + n + "; keep those scripts for databases between "
                + repository.Config.InitVersion.ToString(CultureInfo.InvariantCulture) + " and " + n + ". Review it, add any reference data, and commit it.");
            SumRecordingReport.Tell(context.Reporter, result.Sum, pair: false);

            return CommandAction.Success;
        });
        CommandHelp.Add(command, CommandHelp.Reads.Both,
            "dotnet dbsync baseline --revision 40  # new databases build version 40 in one step, then run 41 and later",
            "dotnet dbsync --config-file mariadb.conf baseline --revision head  # the MariaDB/MySQL baseline (one script per dialect)");
        return command;
    }
}
