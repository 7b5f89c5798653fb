using System.CommandLine;
using DbSync.Core.Repository;
using DbSync.Core.Errors;
using DbSync.Errors;

namespace DbSync.Tool.Cli;

/// <summary>
/// Wraps a command's body with the error policy: a failure the user can act on is one or two lines on stderr and
/// exit code 1; a stack trace only with --debug.
/// </summary>
internal static class CommandAction
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static void Set(Command command, IReadOnlyList<string> args, Func<CliContext, CancellationToken, Task<int>> body) =>
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, args, body, cancellationToken));

    private static async Task<int> RunAsync(ParseResult parseResult, IReadOnlyList<string> args,
        Func<CliContext, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        bool debug = parseResult.GetValue(GlobalOptions.Debug);
        OutputFormat format = parseResult.GetValue(GlobalOptions.Format);
        // Progress goes to stdout, or to stderr under --format json: a live elapsed time only where that is a terminal.
        bool terminal = format == OutputFormat.Json ? !Console.IsErrorRedirected : !Console.IsOutputRedirected;
        var reporter = new ConsoleReporter(Console.Out, Console.Error, debug, format, parseResult.GetValue(GlobalOptions.Quiet), terminal);
        try
        {
            if (format == OutputFormat.Json && !OutputFormats.HasJson(parseResult.CommandResult.Command))
            {
                throw new CommandLineException("--format json: '" + parseResult.CommandResult.Command.Name + "' has no JSON result; the commands that have one are "
                    + OutputFormats.JsonCommandNames);
            }

            return await body(new CliContext(parseResult, args, reporter), cancellationToken).ConfigureAwait(false);
        }
        catch (RepositoryException e) when (e.Diagnostics.Count > 1)
        {
            // Every finding, as the build prints them (e.g. each script dbsync.sum disagrees with).
            foreach (var diagnostic in e.Diagnostics)
            {
                reporter.Error(diagnostic.ToString());
            }

            Trace(e, debug);
            return Failure;
        }
        catch (DbSyncException e)
        {
            reporter.Error(e.ToDiagnosticString());
            Trace(e, debug);
            return e.IsUsageError ? Usage : Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Interrupted outside the step loop (connecting, waiting for the lock, reading): nothing was changed.
            reporter.Error("error " + ErrorCodes.Interrupted + ": interrupted before any change; run 'dotnet dbsync status' to see where the database is");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file DbSync reads or writes (the .NET message names it): permissions, a full disk, a path that vanished.
            reporter.Error("error " + ErrorCodes.FileAccess + ": " + e.Message);
            Trace(e, debug);
        }
        catch (System.Data.Common.DbException e)
        {
            reporter.Error("error " + ErrorCodes.Database + ": the database failed: " + e.Message);
            Trace(e, debug);
        }
        catch (Exception e)
        {
            reporter.Error("error: unexpected " + e.GetType().Name + ": " + e.Message + (debug ? string.Empty : " (run with --debug for details)"));
            Trace(e, debug);
        }

        return Failure;
    }

    private static void Trace(Exception e, bool debug)
    {
        if (debug)
        {
            Console.Error.WriteLine(e.ToString());
        }
    }
}
