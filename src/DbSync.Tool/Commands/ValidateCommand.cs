using System.CommandLine;
using DbSync.Core.Validation;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

/// <summary>The MSBuild package's repository checks, for builds that do not use MSBuild.</summary>
internal static class ValidateCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var requireDowngrade = new Option<bool>("--require-downgrade")
        {
            Description = "Make a missing downgrade script an error (DBS004), as [dbsync] require_downgrade does.",
        };
        var command = new Command("validate", "Check the repository's scripts (names, numbering, pairs, contents, dbsync.sum); exit 1 on errors. Connects to no database.");
        command.Options.Add(requireDowngrade);
        CommandAction.Set(command, args, (context, cancellationToken) =>
        {
            string repository = context.RepositoryPath;
            var diagnostics = RepositoryValidator.Validate(repository, new ValidationOptions { RequireDowngrade = context.ParseResult.GetValue(requireDowngrade) });
            foreach (Diagnostic diagnostic in diagnostics)
            {
                context.Reporter.Info(diagnostic.ToString());
            }

            int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            int warnings = diagnostics.Count - errors;
            if (context.Reporter.IsJson)
            {
                context.Reporter.Json(json => WriteJson(json, repository, diagnostics, errors, warnings));
            }

            context.Reporter.Info(repository + ": " + UpgradeCommand.Plural(errors, "error") + ", " + UpgradeCommand.Plural(warnings, "warning") + ".");
            return Task.FromResult(errors == 0 ? CommandAction.Success : CommandAction.Failure);
        });
        OutputFormats.AllowJson(command);
        CommandHelp.AddWithFindings(command, CommandHelp.Reads.Repository, "the repository has errors (each printed as path(line,col): error DBSnnn: message)",
            "dotnet dbsync validate",
            "dotnet dbsync --repository db/migrations validate --require-downgrade",
            "dotnet dbsync validate --format json  # {\"errors\": 0, \"warnings\": 1, \"diagnostics\": [...]}");
        return command;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter json, string repository, IReadOnlyList<Diagnostic> diagnostics, int errors, int warnings)
    {
        json.WriteStartObject();
        json.WriteString("repository", repository);
        json.WriteNumber("errors", errors);
        json.WriteNumber("warnings", warnings);
        json.WriteStartArray("diagnostics");
        foreach (Diagnostic diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning");
            json.WriteString("code", diagnostic.Code);
            json.WriteString("file", diagnostic.File);
            json.WriteNumber("line", diagnostic.Line);
            json.WriteNumber("column", diagnostic.Column);
            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
