namespace DbSync.Migrations;

/// <summary>Switches for a run.</summary>
public sealed record MigrationOptions
{
    /// <summary>oslo.db's schema sanity check before and after a migration (MySQL: utf8 collation, InnoDB engine).</summary>
    public bool SanityCheck { get; init; } = true;

    /// <summary>
    /// When the repository has a dbsync.sum, upgrade and downgrade first check that it records every script as it is
    /// (DBS007, DBS008: the build's checks), so a script edited after it was recorded never runs.
    /// </summary>
    public bool VerifySumFile { get; init; } = true;

    /// <summary>
    /// Whether upgrade runs although the upgrade script of an applied version changed since the audit trail recorded
    /// it (DBS116; --allow-changed). Each such script is then a warning.
    /// </summary>
    public bool AllowChangedScripts { get; init; }

    /// <summary>The tool version the audit trail records (null: the engine's informational version).</summary>
    public string? ToolVersion { get; init; }

    /// <summary>Flyway's default: wait 10 minutes for another run before giving up.</summary>
    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromMinutes(10);

    /// <summary>How long to wait for another run's lock before giving up with DBS105 (--lock-timeout).</summary>
    public TimeSpan LockTimeout { get; init; } = DefaultLockTimeout;

    /// <summary>A lease lock's default length: renewed every 20 s while a run holds it, so a killed run blocks others a minute at most.</summary>
    public static readonly TimeSpan DefaultLockLease = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a lease lock (MySQL/MariaDB on a Galera cluster, or the URL's lock_mode=lease) lasts unless the run renews it,
    /// every third of it, from a second connection (--lock-lease).
    /// </summary>
    public TimeSpan LockLease { get; init; } = DefaultLockLease;
}
