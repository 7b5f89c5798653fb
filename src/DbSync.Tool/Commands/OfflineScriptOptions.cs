using System.CommandLine;
using System.Text;
using DbSync.Core.Repository;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

/// <summary>
/// --sql, --from and --output-file of upgrade and downgrade: print the script the command would run, for the
/// database's own client, instead of running it (Alembic's --sql, EF Core's 'migrations script').
/// </summary>
internal static class OfflineScriptOptions
{
    public static readonly Option<bool> Sql = new("--sql")
    {
        Description = "Print the SQL this command would run (statements, version-row updates, transactions) for the database's own client,"
            + " instead of running it. Reads the database's version only; with --from, connects to nothing.",
    };

    public static readonly Option<string?> From = new("--from")
    {
        Description = "With --sql: the version the database is at (a number or 'head'), or 'base' (not under version control yet: the script"
            + " creates the version row). Nothing is read from the database.",
        HelpName = "REVISION",
    };

    public static readonly Option<string?> OutputFile = new("--output-file", "-o")
    {
        Description = "With --sql: write the script to FILE (replaced whole, only once complete) instead of stdout.",
        HelpName = "FILE",
    };

    public static void AddTo(Command command)
    {
        command.Options.Add(Sql);
        command.Options.Add(From);
        command.Options.Add(OutputFile);
    }

    /// <summary>Whether --sql was given; --from or --output-file without it, or with --format json, is a bad command line.</summary>
    public static bool IsRequested(CliContext context)
    {
        ParseResult parse = context.ParseResult;
        bool sql = parse.GetValue(Sql);
        if (!sql && (parse.GetValue(From) != null || parse.GetValue(OutputFile) != null))
        {
            throw new CommandLineException((parse.GetValue(From) != null ? "--from" : "--output-file") + " applies to an offline script: add --sql");
        }

        if (sql && context.Reporter.IsJson)
        {
            throw new CommandLineException("--sql prints SQL, not JSON: leave out --format json");
        }

        return sql;
    }

    /// <summary>Writes the script to stdout or --output-file; says on stderr what it holds.</summary>
    public static async Task<int> RunAsync(CliContext context, MigrationRepository repository, RevisionTarget target, bool upgrade,
        CancellationToken cancellationToken)
    {
        ParseResult parse = context.ParseResult;
        string? fromText = parse.GetValue(From);
        OfflineScriptStart? from = fromText == null ? null : ParseFrom(fromText, repository);
        Migrator migrator;
        if (from == null)
        {
            migrator = context.CreateMigrator(repository, writes: false);
        }
        else
        {
            context.Reporter.Note("Database: " + context.DescribeTarget(repository, writes: false) + " (not connected: --from " + fromText + ")");
            migrator = new Migrator(repository, context.Connection(repository), context.Reporter);
        }

        string? file = parse.GetValue(OutputFile);
        OfflineScriptResult result;
        if (file == null)
        {
            result = await WriteAsync(migrator, Console.Out, target, upgrade, from, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            result = await WriteFileAsync(migrator, Path.GetFullPath(file), target, upgrade, from, cancellationToken).ConfigureAwait(false);
        }

        context.Reporter.Note("Offline script: " + (upgrade ? "upgrade" : "downgrade") + " from version " + result.StartVersion + " to " + result.EndVersion
            + " (" + UpgradeCommand.Plural(result.Steps.Count, "version") + ")" + (result.CreatesVersionTable ? ", putting the database under version control first" : string.Empty)
            + (file == null ? "." : ", written to " + Path.GetFullPath(file) + "."));
        return CommandAction.Success;
    }

    private static Task<OfflineScriptResult> WriteAsync(Migrator migrator, TextWriter output, RevisionTarget target, bool upgrade, OfflineScriptStart? from,
        CancellationToken cancellationToken) =>
        upgrade
            ? migrator.WriteUpgradeScriptAsync(output, target, from, cancellationToken)
            : migrator.WriteDowngradeScriptAsync(output, target, from, cancellationToken);

    /// <summary>Writes beside the file and moves it into place once complete, so a failure never leaves half a script to run.</summary>
    private static async Task<OfflineScriptResult> WriteFileAsync(Migrator migrator, string path, RevisionTarget target, bool upgrade, OfflineScriptStart? from,
        CancellationToken cancellationToken)
    {
        string temporary = path + ".tmp";
        try
        {
            OfflineScriptResult result;
            await using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" })
            {
                result = await WriteAsync(migrator, writer, target, upgrade, from, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, path, overwrite: true);
            return result;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>--from: 'base' (no version row yet), 'head', or a version of the repository.</summary>
    private static OfflineScriptStart ParseFrom(string text, MigrationRepository repository) =>
        string.Equals(text.Trim(), "base", StringComparison.OrdinalIgnoreCase)
            ? OfflineScriptStart.Base
            : OfflineScriptStart.At(RevisionResolver.Resolve(text, repository));
}
