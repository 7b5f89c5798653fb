using System.CommandLine;
using System.Globalization;
using DbSync.Migrations;
using DbSync.Tool.Cli;
using DbSync.Tool.Fleet;

namespace DbSync.Tool.Commands;

internal static class VersionCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var command = new Command("version", "Print the database's current version ('None' if it is not under version control). Changes nothing.");
        FleetOptions.AddTo(command);
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            if (await FleetCommand.TryRunAsync(context, FleetCommandKind.Version, null, cancellationToken).ConfigureAwait(false) is int exitCode)
            {
                return exitCode;
            }

            var repository = context.LoadRepository();
            DatabaseStatus status = await context.CreateMigrator(repository, writes: false).GetStatusAsync(cancellationToken).ConfigureAwait(false);

            if (context.Reporter.IsJson)
            {
                context.Reporter.Json(json =>
                {
                    json.WriteStartObject();
                    JsonOutput.Version(json, "version", status.Version);
                    JsonOutput.Incomplete(json, status.Incomplete);
                    json.WriteEndObject();
                });
            }

            // stdout stays the version alone, for scripts; a partly applied version is a warning beside it.
            context.Reporter.Info(status.Version?.ToString(CultureInfo.InvariantCulture) ?? "None");
            if (status.Incomplete is { } incomplete)
            {
                context.Reporter.Warning(incomplete.Describe() + ": " + incomplete.Advice());
            }

            return CommandAction.Success;
        });
        OutputFormats.AllowJson(command);
        CommandHelp.Add(command, CommandHelp.Reads.Both,
            "dotnet dbsync version  # prints e.g. 4, or None",
            "dotnet dbsync version --format json  # {\"version\": 4, \"incomplete\": null}",
            "v=$(dotnet dbsync --config-file app.conf version)  # stdout is the version alone",
            "dotnet dbsync version --fleet tenants.txt --parallel 8  # a table of every database's version");
        return command;
    }
}
