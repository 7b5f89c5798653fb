using DbSync.Migrations;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

/// <summary>The last word of upgrade and downgrade: the versions applied, the time and the version the database is now at, as text or JSON.</summary>
internal static class MigrationSummary
{
    public static void Report(CliContext context, MigrationResult result, long latest, bool upgrade)
    {
        ConsoleReporter reporter = context.Reporter;
        if (reporter.IsJson)
        {
            reporter.Json(json =>
            {
                json.WriteStartObject();
                json.WriteString("command", upgrade ? "upgrade" : "downgrade");
                json.WriteNumber("from", result.StartVersion);
                json.WriteNumber("to", result.EndVersion);
                json.WriteNumber("latest", latest);
                json.WriteStartArray("versionsApplied");
                foreach (MigrationStep step in result.Steps)
                {
                    json.WriteStartObject();
                    json.WriteNumber("version", step.Version.Number);
                    json.WriteString("name", step.Version.Name);
                    json.WriteString("script", step.Script.Name.FileName);
                    json.WriteNumber("from", step.From);
                    json.WriteNumber("to", step.To);
                    var completed = reporter.Completed.FirstOrDefault(c => ReferenceEquals(c.Step, step));
                    if (completed.Step != null)
                    {
                        JsonOutput.Milliseconds(json, "elapsedMs", completed.Elapsed);
                    }
                    else
                    {
                        json.WriteNull("elapsedMs");
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("count", result.Steps.Count);
                JsonOutput.Milliseconds(json, "elapsedMs", result.Elapsed);
                json.WriteEndObject();
            });
            return;
        }

        reporter.Info(result.Steps.Count == 0
            ? "Database is already at version " + result.EndVersion + (upgrade && result.EndVersion == latest ? " (latest)." : ".")
            : (upgrade ? "Upgraded" : "Downgraded") + " from version " + result.StartVersion + " to " + result.EndVersion
              + " (" + UpgradeCommand.Plural(result.Steps.Count, "version") + ") in " + ConsoleReporter.Milliseconds(result.Elapsed) + ".");
    }
}
