using System.CommandLine;
using System.Globalization;
using DbSync.Schema;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

internal static class CreateSchemaCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var command = new Command("create_schema",
            "On a database with no tables: create the model's tables ([dbsync] model in migrate.cfg) directly, then stamp the latest version."
            + " Refuses when the model differs from the schema the upgrade scripts build (see 'check').");
        command.Aliases.Add("create-schema");
        command.Options.Add(ModelOption.Instance);
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            var repository = context.LoadRepository();
            var service = ModelOption.CreateService(context, repository, context.Target(repository, writes: true));
            CreateSchemaResult result = await service.CreateSchemaAsync(cancellationToken).ConfigureAwait(false);
            context.Reporter.Info("Created " + UpgradeCommand.Plural(result.Tables.Count, "table") + " from the model and stamped version "
                + result.Version.ToString(CultureInfo.InvariantCulture)
                + " (was " + (result.PreviousVersion?.ToString(CultureInfo.InvariantCulture) ?? "None") + ").");
            return CommandAction.Success;
        });
        CommandHelp.Add(command, CommandHelp.Reads.Both,
            "dotnet dbsync create_schema  # a new, empty database straight at the latest version",
            "dotnet dbsync --config-file app.conf create-schema");
        return command;
    }
}
