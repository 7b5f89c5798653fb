using System.CommandLine;
using System.Globalization;
using DbSync.Core.Repository;
using DbSync.Migrations;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

/// <summary>One screen on where the database is: which database, its version, the latest, what is pending or partly applied.</summary>
internal static class StatusCommand
{
    /// <summary>Pending versions listed by name; beyond that, a count (history lists them all).</summary>
    private const int PendingListed = 10;

    public static Command Create(IReadOnlyList<string> args)
    {
        var command = new Command("status", "Print the database, its version, the latest version, the pending versions and a partly applied one. Changes nothing.");
        command.Aliases.Add("current");
        command.Aliases.Add("info");
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            var repository = context.LoadRepository();
            string database = context.DescribeTarget(repository, writes: false);
            DatabaseStatus status = await new Migrator(repository, context.Connection(repository), context.Reporter)
                .GetStatusAsync(cancellationToken).ConfigureAwait(false);
            if (context.Reporter.IsJson)
            {
                context.Reporter.Json(json => WriteJson(json, repository, database, status));
            }

            foreach (string line in Describe(repository, database, status))
            {
                context.Reporter.Info(line);
            }

            return CommandAction.Success;
        });
        OutputFormats.AllowJson(command);
        CommandHelp.Add(command, CommandHelp.Reads.Both,
            "dotnet dbsync status",
            "dotnet dbsync status --format json | jq .pending  # the pending versions, for a pipeline",
            "dotnet dbsync --config-file /etc/app/app.conf current  # the same, by Alembic's name");
        return command;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter json, MigrationRepository repository, string database, DatabaseStatus status)
    {
        json.WriteStartObject();
        json.WriteString("database", database);
        json.WriteStartObject("repository");
        json.WriteString("path", repository.Path);
        json.WriteString("id", repository.Config.RepositoryId);
        json.WriteEndObject();
        JsonOutput.Version(json, "version", status.Version);
        json.WriteNumber("latest", repository.Latest);
        json.WriteStartArray("pending");
        long from = status.Version ?? repository.Config.InitVersion;
        foreach (var version in repository.Versions.Where(v => v.Number > from))
        {
            json.WriteStartObject();
            json.WriteNumber("version", version.Number);
            json.WriteString("name", version.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonOutput.Incomplete(json, status.Incomplete);
        json.WriteEndObject();
    }

    private static IEnumerable<string> Describe(MigrationRepository repository, string database, DatabaseStatus status)
    {
        yield return "Database:   " + database;
        yield return "Repository: " + repository.Path + " (" + repository.Config.RepositoryId + ")";
        yield return "Version:    " + (status.Version is long version ? Name(repository, version) : "None (not under version control)");
        yield return "Latest:     " + Name(repository, repository.Latest);

        long from = status.Version ?? repository.Config.InitVersion;
        var pending = repository.Versions.Where(v => v.Number > from).ToList();
        yield return "Pending:    " + (pending.Count == 0
            ? "none"
            : UpgradeCommand.Plural(pending.Count, "version") + ": " + string.Join(", ", pending.Take(PendingListed).Select(v => Name(repository, v.Number)))
              + (pending.Count > PendingListed ? ", ... ('dotnet dbsync history' lists them all)" : string.Empty));
        if (status.Incomplete is { } incomplete)
        {
            yield return "Partly applied: " + incomplete.Describe() + "; " + incomplete.Advice() + ".";
        }
    }

    /// <summary>"4 (004_add_item_category)", or "0 (base)".</summary>
    private static string Name(MigrationRepository repository, long version) =>
        version.ToString(CultureInfo.InvariantCulture) + " (" + (repository.Find(version)?.Name ?? (version == repository.Config.InitVersion ? "base" : "not in this repository")) + ")";
}
