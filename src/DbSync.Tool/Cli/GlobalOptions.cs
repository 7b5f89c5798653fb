using System.CommandLine;

namespace DbSync.Tool.Cli;

/// <summary>The options every command takes, as in mogan-dbsync (oslo.config's --config-file/--config-dir).</summary>
internal static class GlobalOptions
{
    public static readonly Option<string[]> ConfigFile = new("--config-file")
    {
        Description = "Path to a configuration file to use (repeatable; later files win).",
        HelpName = "PATH",
        Recursive = true,
    };

    public static readonly Option<string[]> ConfigDir = new("--config-dir")
    {
        Description = "Path to a config directory: every *.conf in it is read, sorted by name.",
        HelpName = "DIR",
        Recursive = true,
    };

    public static readonly Option<string?> Repository = new("--repository")
    {
        Description = "The migration repository (default: [dbsync] repository in the config, else ./migrations).",
        HelpName = "DIR",
        Recursive = true,
    };

    public static readonly Option<int?> LockTimeout = new("--lock-timeout")
    {
        Description = "Seconds to wait for another run on the same database before giving up (default: 600).",
        HelpName = "SECONDS",
        Recursive = true,
        Validators = { result => { if (result.GetValueOrDefault<int?>() is < 0) { result.AddError("--lock-timeout must be 0 or more seconds"); } } },
    };

    public static readonly Option<int?> LockLease = new("--lock-lease")
    {
        Description = "Seconds a cluster lock lease lasts unless renewed (MySQL/MariaDB on Galera, or lock_mode=lease; default: 60):"
            + " a killed run blocks others at most this long.",
        HelpName = "SECONDS",
        Recursive = true,
        Validators = { result => { if (result.GetValueOrDefault<int?>() is < 3 or > 86400) { result.AddError("--lock-lease must be 3 to 86400 seconds"); } } },
    };

    public static readonly Option<bool> Debug = new("--debug", "-d")
    {
        Description = "Print debugging output (never passwords), and stack traces on errors.",
        Recursive = true,
    };

    public static readonly Option<OutputFormat> Format = new("--format")
    {
        Description = "The result on stdout: 'text' (default) or 'json', one JSON document (version, history, status, check, validate, verify, upgrade,"
            + " downgrade); messages go to stderr.",
        HelpName = "text|json",
        Recursive = true,
        CustomParser = result => OutputFormats.Parse(result),
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Print errors only (and the JSON document with --format json): no progress, notes, warnings or text result.",
        Recursive = true,
    };

    public static void AddTo(Command command)
    {
        command.Options.Add(ConfigFile);
        command.Options.Add(ConfigDir);
        command.Options.Add(Repository);
        command.Options.Add(LockTimeout);
        command.Options.Add(LockLease);
        command.Options.Add(Format);
        command.Options.Add(Quiet);
        command.Options.Add(Debug);
    }
}
