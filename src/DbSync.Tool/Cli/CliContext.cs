using System.CommandLine;
using DbSync.Configuration;
using DbSync.Core.Repository;
using DbSync.Dialects;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Tool.Fleet;

namespace DbSync.Tool.Cli;

/// <summary>What a command needs from the command line: settings, the repository, a migrator, the console.</summary>
internal sealed class CliContext(ParseResult parseResult, IReadOnlyList<string> args, ConsoleReporter reporter)
{
    private DbSyncSettings? _settings;
    private bool _targetAnnounced;

    public ParseResult ParseResult => parseResult;

    public ConsoleReporter Reporter => reporter;

    public DbSyncSettings Settings => _settings ??= SettingsLoader.Load(
        ConfigSourceOrder.FromArguments(args),
        parseResult.GetValue(GlobalOptions.Repository),
        Environment.GetEnvironmentVariable,
        Directory.GetCurrentDirectory());

    /// <summary>
    /// The repository's folder: a --repository that names no folder is a bad command line (DBS200), like a missing
    /// --config-file; one found through the configuration or the default that is missing is reported when it is loaded.
    /// </summary>
    public string RepositoryPath
    {
        get
        {
            string path = Settings.RepositoryPath;
            string? option = parseResult.GetValue(GlobalOptions.Repository);
            if (!string.IsNullOrWhiteSpace(option) && !Directory.Exists(path))
            {
                throw new CommandLineException("--repository " + option + ": no such directory (" + path + "); create a repository there with 'dotnet dbsync init "
                    + option + "'");
            }

            return path;
        }
    }

    public MigrationRepository LoadRepository()
    {
        string path = RepositoryPath;
        reporter.Debug("repository " + path);
        foreach (string file in Settings.ConfigFiles)
        {
            reporter.Debug("config file " + file);
        }

        var repository = MigrationRepository.Load(path);
        foreach (string file in repository.IgnoredFiles)
        {
            // Named like a script but not one (a backup, a .txt): say so, since sqlalchemy-migrate skips them silently too.
            reporter.Debug("ignored versions/" + file + " (not a .sql script)");
        }

        return repository;
    }

    /// <summary>
    /// The configured database, else mogan-dbsync's default SQLite file named after the repository; refused when the
    /// configuration names a fleet and no database, rather than quietly working on that default file.
    /// </summary>
    public DatabaseUrl Connection(MigrationRepository repository)
    {
        if (Settings.Connection is { } url)
        {
            return url;
        }

        if (FleetSettings.Read(Settings.ConfigFiles) is { IsDefined: true } fleet)
        {
            var setting = (fleet.File ?? fleet.Query ?? fleet.Template)!;
            throw new ConfigurationException("[fleet] names a fleet, and '" + parseResult.CommandResult.Command.Name + "' works on one database with no"
                + " [database] connection configured: set [database] connection (or " + SettingsLoader.ConnectionVariable + ") to the one to use;"
                + " upgrade, version and check run over the fleet", FleetSettings.At(setting));
        }

        return DbSyncSettings.DefaultConnection(repository.Config.RepositoryId);
    }

    /// <summary>
    /// The database a command works on, once per run and before it connects, as Flyway's "Database:" line: the URL
    /// without its password, or an SQLite file's full path (relative SQLite URLs are relative to the current folder,
    /// as in SQLAlchemy), and whether the command creates the file. On stderr, so stdout stays the command's result.
    /// </summary>
    public DatabaseUrl Target(MigrationRepository repository, bool writes)
    {
        DatabaseUrl url = Connection(repository);
        if (!_targetAnnounced)
        {
            _targetAnnounced = true;
            reporter.Note("Database: " + DescribeTarget(repository, writes));
        }

        return url;
    }

    /// <summary>"SQLite database /srv/app/inventory.sqlite (new file: this command creates it)", for <see cref="Target"/> and status.</summary>
    public string DescribeTarget(MigrationRepository repository, bool writes)
    {
        DatabaseUrl url = Connection(repository);
        DatabaseDialect dialect = DatabaseDialects.For(url);
        var notes = new List<string>();
        if (!dialect.Exists(url))
        {
            notes.Add(writes ? "new file: this command creates it" : "no such file yet");
        }

        if (Settings.Connection == null)
        {
            notes.Add("no connection configured: the default " + repository.Config.RepositoryId + ".sqlite in the current folder");
        }

        return dialect.Describe(url) + (notes.Count == 0 ? string.Empty : " (" + string.Join("; ", notes) + ")");
    }

    /// <summary>A migrator for the target database, which is announced first, with --lock-timeout and --lock-lease applied.</summary>
    public Migrator CreateMigrator(MigrationRepository repository, bool writes, MigrationOptions? options = null) =>
        new(repository, Target(repository, writes), reporter, WithLockOptions(options ?? new MigrationOptions()));

    /// <summary><paramref name="options"/> with --lock-timeout and --lock-lease applied where given.</summary>
    public MigrationOptions WithLockOptions(MigrationOptions options)
    {
        int? lockTimeout = parseResult.GetValue(GlobalOptions.LockTimeout);
        int? lockLease = parseResult.GetValue(GlobalOptions.LockLease);
        return options with
        {
            LockTimeout = lockTimeout == null ? options.LockTimeout : TimeSpan.FromSeconds(lockTimeout.Value),
            LockLease = lockLease == null ? options.LockLease : TimeSpan.FromSeconds(lockLease.Value),
            ToolVersion = ToolVersion,
        };
    }

    /// <summary>What the audit trail records as the tool: "dotnet-dbsync 0.2.0+1a2b3c4".</summary>
    public static string ToolVersion { get; } = "dotnet-dbsync " + (typeof(CliContext).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
        .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown");
}
