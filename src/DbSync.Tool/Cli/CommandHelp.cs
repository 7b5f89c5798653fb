using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using DbSync.Configuration;

namespace DbSync.Tool.Cli;

/// <summary>
/// What --help says after System.CommandLine's sections, which have no place for it: examples, the exit codes and
/// the environment variables a command reads. Each command registers its own; the help option's action prints them.
/// </summary>
internal static class CommandHelp
{
    /// <summary>Which environment variables a command reads.</summary>
    [Flags]
    public enum Reads
    {
        Repository = 1,
        Connection = 2,
        Both = Repository | Connection,
    }

    private static readonly Dictionary<Command, (string[] Examples, Reads Environment, string? ExitOne)> Extras = [];

    /// <summary>
    /// Registers <paramref name="command"/>'s examples (each "command line  # what it does"), the environment it reads,
    /// and what exit code 1 means for it when that is not a failure (check: the model differs).
    /// </summary>
    public static void Add(Command command, Reads environment, params string[] examples) => Extras[command] = (examples, environment, null);

    /// <summary>As <see cref="Add"/>, for a command whose exit code 1 also reports a finding (<paramref name="exitOne"/>), not only a failure.</summary>
    public static void AddWithFindings(Command command, Reads environment, string exitOne, params string[] examples) =>
        Extras[command] = (examples, environment, exitOne);

    /// <summary>Makes the help option of <paramref name="root"/> (recursive: every command's) print the extras after the usual help.</summary>
    public static void Install(RootCommand root)
    {
        HelpOption help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExtendedHelpAction((SynchronousCommandLineAction)help.Action!);
    }

    private static void Write(Command command, TextWriter output)
    {
        if (!Extras.TryGetValue(command, out var extras))
        {
            return;
        }

        if (extras.Examples.Length > 0)
        {
            output.WriteLine("Examples:");
            int width = extras.Examples.Max(e => e.IndexOf("  #", StringComparison.Ordinal) is int at and >= 0 ? at : e.Length);
            foreach (string example in extras.Examples)
            {
                int at = example.IndexOf("  #", StringComparison.Ordinal);
                output.WriteLine("  " + (at < 0 ? example : example[..at].PadRight(width) + example[at..]));
            }

            output.WriteLine();
        }

        output.WriteLine("Exit codes:");
        output.WriteLine("  0  success");
        output.WriteLine("  1  " + (extras.ExitOne == null ? string.Empty : extras.ExitOne + "; or ")
            + "a failure to act on in the database, the repository or the configuration (the message says what)");
        output.WriteLine("  2  a bad command line (an unknown option or command, a bad value, a missing file); nothing was read or changed");
        output.WriteLine();
        output.WriteLine("Environment variables:");
        if (extras.Environment.HasFlag(Reads.Connection))
        {
            output.WriteLine("  " + SettingsLoader.ConnectionVariable + "  the database URL, instead of [database] connection in the config");
        }

        if (extras.Environment.HasFlag(Reads.Repository))
        {
            int width = extras.Environment.HasFlag(Reads.Connection) ? SettingsLoader.ConnectionVariable.Length : 0;
            output.WriteLine("  " + SettingsLoader.RepositoryVariable.PadRight(width) + "  the repository folder, instead of [dbsync] repository (--repository wins)");
        }

        output.WriteLine();
    }

    /// <summary>The usual help, then the command's extras.</summary>
    private sealed class ExtendedHelpAction(SynchronousCommandLineAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            int result = help.Invoke(parseResult);
            Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return result;
        }
    }
}
