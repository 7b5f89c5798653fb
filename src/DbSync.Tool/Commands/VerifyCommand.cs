using System.CommandLine;
using DbSync.Core.Errors;
using DbSync.Migrations;
using DbSync.Tool.Cli;
using DbSync.Versioning;

namespace DbSync.Tool.Commands;

/// <summary>Flyway's validate, for applied versions: is each applied script still the one the audit trail recorded?</summary>
internal static class VerifyCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var command = new Command("verify", "Check that the script of every applied version is unchanged since it was applied or stamped (the checksums in"
            + " dbsync_history); exit 1 listing each changed one. Changes nothing.");
        CommandAction.Set(command, args, async (context, cancellationToken) =>
        {
            var repository = context.LoadRepository();
            VerifyResult result = await context.CreateMigrator(repository, writes: false).VerifyAsync(cancellationToken).ConfigureAwait(false);
            foreach (ChangedScript changed in result.Changed)
            {
                context.Reporter.Info((changed.Path ?? repository.VersionsPath) + "(1,1): error " + ErrorCodes.AppliedScriptChanged + ": " + changed.Describe());
            }

            if (context.Reporter.IsJson)
            {
                context.Reporter.Json(json => WriteJson(json, result));
            }

            context.Reporter.Info(Summary(result));
            return result.Changed.Count == 0 ? CommandAction.Success : CommandAction.Failure;
        });
        OutputFormats.AllowJson(command);
        CommandHelp.AddWithFindings(command, CommandHelp.Reads.Both, "an applied script changed (each printed as path(1,1): error DBS116: ...)",
            "dotnet dbsync verify",
            "dotnet dbsync verify --format json  # {\"version\": 4, \"verified\": 3, \"unrecorded\": 1, \"changed\": [...]}");
        return command;
    }

    /// <summary>"Database at version 4: 3 applied scripts unchanged, 1 changed, 1 without a checksum (applied before the audit trail)."</summary>
    private static string Summary(VerifyResult result)
    {
        if (result.Version == null)
        {
            return "The database is not under version control: no applied script to verify.";
        }

        return "Database at version " + result.Version + ": " + UpgradeCommand.Plural(result.Verified, "applied script") + " unchanged"
            + (result.Changed.Count > 0 ? ", " + result.Changed.Count + " changed" : string.Empty)
            + (result.Unrecorded > 0 ? ", " + result.Unrecorded + " without a recorded checksum (applied before the audit trail)" : string.Empty) + "."
            + (result.Changed.Count > 0 ? " Restore the scripts, or record them as they are with 'dotnet dbsync stamp --revision " + result.Version + "'." : string.Empty);
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter json, VerifyResult result)
    {
        json.WriteStartObject();
        JsonOutput.Version(json, "version", result.Version);
        json.WriteNumber("verified", result.Verified);
        json.WriteNumber("unrecorded", result.Unrecorded);
        json.WriteStartArray("changed");
        foreach (ChangedScript changed in result.Changed)
        {
            json.WriteStartObject();
            json.WriteNumber("version", changed.Version);
            json.WriteString("script", changed.FileName);
            if (changed.Path == null)
            {
                json.WriteNull("file");
            }
            else
            {
                json.WriteString("file", changed.Path);
            }

            json.WriteString("recordedSha256", changed.Recorded.Sha256);
            if (changed.CurrentSha256 == null)
            {
                json.WriteNull("currentSha256");
            }
            else
            {
                json.WriteString("currentSha256", changed.CurrentSha256);
            }

            json.WriteString("recordedAt", changed.Recorded.AppliedAt);
            json.WriteString("recordedBy", changed.Recorded.Direction);
            json.WriteString("message", changed.Describe());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
