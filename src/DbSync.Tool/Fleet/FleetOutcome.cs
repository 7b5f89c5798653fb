using DbSync.Migrations;

namespace DbSync.Tool.Fleet;

/// <summary>
/// What the command did on one database of a fleet. <see cref="From"/> and <see cref="To"/> are the versions before and
/// after (version and check: both the database's version; null when not under version control or never read).
/// </summary>
internal sealed record FleetOutcome(FleetMember Member, FleetStatus Status, long? From, long? To, TimeSpan Elapsed)
{
    /// <summary>Versions an upgrade applied.</summary>
    public int Applied { get; init; }

    /// <summary>version and check: a version an earlier run left partly applied.</summary>
    public IncompleteVersion? Incomplete { get; init; }

    /// <summary>DBSnnn of a failure; null when the database's run succeeded.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The failure as the single-database command prints it ("path(line,col): error DBS103: ..."), possibly several lines.</summary>
    public string? Error { get; init; }

    /// <summary>The first line of <see cref="Error"/>, for one-line progress output.</summary>
    public string? ErrorFirstLine => Error?.Split('\n')[0].TrimEnd('\r');
}
