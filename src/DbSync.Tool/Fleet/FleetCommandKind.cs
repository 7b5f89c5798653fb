namespace DbSync.Tool.Fleet;

/// <summary>The commands that run over a fleet.</summary>
internal enum FleetCommandKind
{
    /// <summary>Upgrade each database (the default command too).</summary>
    Upgrade,

    /// <summary>Read each database's version.</summary>
    Version,

    /// <summary>Read each database's version and fail unless every one is at the latest (a deployment gate).</summary>
    Check,
}
