using System.Globalization;
using DbSync.Versioning;

namespace DbSync.Migrations;

/// <summary>
/// An applied version whose upgrade script is no longer what the audit trail recorded when it ran (or was stamped):
/// <see cref="CurrentSha256"/> is null when the version has no upgrade script any more.
/// </summary>
public sealed record ChangedScript(long Version, string FileName, string? Path, HistoryRecord Recorded, string? CurrentSha256)
{
    /// <summary>"003_add_ports_default_upgrade.sql (version 3) changed since it was applied: sha256 1a2b3c4d5e6f recorded 2026-12-02T14:05:09.123Z, 9f8e7d6c5b4a now".</summary>
    public string Describe() => CurrentSha256 == null
        ? "version " + N(Version) + " has no upgrade script any more; " + Recorded.Script + " was " + Applied + " with sha256 " + ScriptChecksum.Short(Recorded.Sha256)
          + " at " + Recorded.AppliedAt
        : FileName + " (version " + N(Version) + ") changed since it was " + Applied + ": sha256 " + ScriptChecksum.Short(Recorded.Sha256) + " recorded "
          + Recorded.AppliedAt + ", " + ScriptChecksum.Short(CurrentSha256) + " now";

    private string Applied => Recorded.Direction == HistoryRecord.Stamp ? "stamped" : "applied";

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
