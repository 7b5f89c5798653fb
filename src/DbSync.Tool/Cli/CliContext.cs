using System.CommandLine;
using DbSync.Configuration;
using DbSync.Core.Repository;
using DbSync.Migrations;

namespace DbSync.Tool.Cli;

/// <summary>What a command needs from the command line: settings, the repository, a migrator, the console.</summary>
internal sealed class CliContext(ParseResult parseResult, IReadOnlyList<string> args, ConsoleReporter reporter)
{
    private DbSyncSettings? _settings;

    public ParseResult ParseResult => parseResult;

    public ConsoleReporter Reporter => reporter;

    public DbSyncSettings Settings => _settings ??= SettingsLoader.Load(
        ConfigSourceOrder.FromArguments(args),
        parseResult.GetValue(GlobalOptions.Repository),
        Environment.GetEnvironmentVariable,
        Directory.GetCurrentDirectory());

    public MigrationRepository LoadRepository()
    {
        reporter.Debug("repository " + Settings.RepositoryPath);
        foreach (string file in Settings.ConfigFiles)
        {
            reporter.Debug("config file " + file);
        }

        var repository = MigrationRepository.Load(Settings.RepositoryPath);
        foreach (string file in repository.IgnoredFiles)
        {
            // Named like a script but not one (a backup, a .txt): say so, since sqlalchemy-migrate skips them silently too.
            reporter.Debug("ignored versions/" + file + " (not a .sql script)");
        }

        return repository;
    }

    /// <summary>The configured database, else mogan-dbsync's default SQLite file named after the repository.</summary>
    public DatabaseUrl Connection(MigrationRepository repository) =>
        Settings.Connection ?? DbSyncSettings.DefaultConnection(repository.Config.RepositoryId);

    public Migrator CreateMigrator(MigrationRepository repository, MigrationOptions? options = null)
    {
        options ??= new MigrationOptions();
        int? lockTimeout = parseResult.GetValue(GlobalOptions.LockTimeout);
        return new(repository, Connection(repository), reporter,
            lockTimeout == null ? options : new MigrationOptions { SanityCheck = options.SanityCheck, LockTimeout = TimeSpan.FromSeconds(lockTimeout.Value) });
    }
}
