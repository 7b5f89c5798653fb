using System.CommandLine;
using System.Globalization;
using DbSync.Schema;
using DbSync.Tool.Cli;
using DbSync.Tool.Fleet;

namespace DbSync.Tool.Commands;

internal static class CheckCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var command = new Command("check",
            "Compare the model ([dbsync] model in migrate.cfg) with the schema every upgrade script produces, built in a scratch database;"
            + " exit 1 with the differences when they differ (for CI, like 'alembic check').");
        command.Options.Add(ModelOption.Instance);
        FleetOptions.AddTo(command);
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            // Over a fleet: each database must be at the latest version (the model comparison does not depend on the database).
            if (await FleetCommand.TryRunAsync(context, FleetCommandKind.Check, null, cancellationToken).ConfigureAwait(false) is int exitCode)
            {
                return exitCode;
            }

            var repository = context.LoadRepository();
            var service = ModelOption.CreateService(context, repository, context.Connection(repository));
            SchemaCheckResult result = await service.CheckAsync(cancellationToken).ConfigureAwait(false);
            string version = result.LatestVersion.ToString(CultureInfo.InvariantCulture);
            if (context.Reporter.IsJson)
            {
                context.Reporter.Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteBoolean("matches", result.Matches);
                    json.WriteNumber("latestVersion", result.LatestVersion);
                    json.WriteStartArray("differences");
                    foreach (string difference in result.Differences)
                    {
                        json.WriteStringValue(difference);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
            }

            if (result.Matches)
            {
                context.Reporter.Info("The model matches the schema of version " + version + " (latest).");
                return CommandAction.Success;
            }

            context.Reporter.Info("The model differs from the schema of version " + version + " (latest); to match the model, the scripts would have to:");
            foreach (string difference in result.Differences)
            {
                context.Reporter.Info("  " + difference);
            }

            context.Reporter.Info("Write a revision for them with: dotnet dbsync revision -m \"MESSAGE\" --autogenerate");
            return CommandAction.Failure;
        });
        OutputFormats.AllowJson(command);
        CommandHelp.AddWithFindings(command, CommandHelp.Reads.Both, "the model and the scripts differ (the differences are listed)",
            "dotnet dbsync check  # in CI: fails when a model change has no revision",
            "dotnet dbsync check --format json  # {\"matches\": false, \"latestVersion\": 4, \"differences\": [...]}",
            "dotnet dbsync check --fleet tenants.txt  # after a deployment: exit 1 unless every database is at the latest version");
        return command;
    }
}
