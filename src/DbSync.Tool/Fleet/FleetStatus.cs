namespace DbSync.Tool.Fleet;

/// <summary>Where one database of a fleet ended up; the summary's status column and the JSON document's "status".</summary>
internal enum FleetStatus
{
    /// <summary>upgrade applied at least one version.</summary>
    Upgraded,

    /// <summary>At the target (upgrade) or the latest version (version, check): nothing to do.</summary>
    UpToDate,

    /// <summary>version, check: below the latest version.</summary>
    Behind,

    /// <summary>version, check: no version row yet.</summary>
    Unversioned,

    /// <summary>version, check: an earlier run stopped inside a version (MySQL, PostgreSQL outside a transaction).</summary>
    PartlyApplied,

    /// <summary>The run on this database failed; the others went on (unless --fail-fast).</summary>
    Failed,

    /// <summary>Ctrl-C or SIGTERM stopped the run on this database between statements.</summary>
    Interrupted,

    /// <summary>Never started: --fail-fast after a failure, or an interruption.</summary>
    NotStarted,
}

/// <summary>How each status reads in text and JSON.</summary>
internal static class FleetStatusText
{
    public static string Text(this FleetStatus status) => status switch
    {
        FleetStatus.Upgraded => "upgraded",
        FleetStatus.UpToDate => "up to date",
        FleetStatus.Behind => "behind",
        FleetStatus.Unversioned => "unversioned",
        FleetStatus.PartlyApplied => "partly applied",
        FleetStatus.Failed => "FAILED",
        FleetStatus.Interrupted => "interrupted",
        _ => "not started",
    };

    public static string Json(this FleetStatus status) => status switch
    {
        FleetStatus.Upgraded => "upgraded",
        FleetStatus.UpToDate => "upToDate",
        FleetStatus.Behind => "behind",
        FleetStatus.Unversioned => "unversioned",
        FleetStatus.PartlyApplied => "partlyApplied",
        FleetStatus.Failed => "failed",
        FleetStatus.Interrupted => "interrupted",
        _ => "notStarted",
    };

    /// <summary>A run that did not do its work on the database: counted by DBS121 and exit code 1.</summary>
    public static bool IsFailure(this FleetStatus status) => status is FleetStatus.Failed or FleetStatus.Interrupted or FleetStatus.NotStarted;
}
