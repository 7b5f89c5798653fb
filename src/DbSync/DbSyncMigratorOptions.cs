using DbSync.Migrations;
using Microsoft.Extensions.Logging;

namespace DbSync;

/// <summary>How a <see cref="DbSyncMigrator"/> reports and what it checks. Every property has a usable default.</summary>
public sealed class DbSyncMigratorOptions
{
    /// <summary>
    /// Where progress lines ("Running upgrade 3 -> 4 (004_add_ports)"), warnings and detail go: Information, Warning and
    /// Debug. Null: nowhere. Never receives a password.
    /// </summary>
    public ILogger? Logger { get; init; }

    /// <summary>Told when each version starts and completes, e.g. for a start-up progress bar. Null: nobody.</summary>
    public IProgress<MigrationProgress>? Progress { get; init; }

    /// <summary>
    /// Whether upgrades and downgrades first check the repository's dbsync.sum (when it has one), so a script edited
    /// after it was recorded never runs (DBS007, DBS008). Default: true, as the CLI.
    /// </summary>
    public bool VerifySumFile { get; init; } = true;

    /// <summary>oslo.db's schema sanity check before and after a run (MySQL: utf8 collation, InnoDB). Default: true.</summary>
    public bool SanityCheck { get; init; } = true;

    /// <summary>How long to wait for another run's lock (another instance of the application starting) before failing with DBS105.</summary>
    public TimeSpan LockTimeout { get; init; } = MigrationOptions.DefaultLockTimeout;
}
