using System.Globalization;

namespace DbSync.Versioning;

/// <summary>
/// One row of DbSync's audit trail (<see cref="HistorySql.TableName"/>): a version applied, reverted or stamped, the
/// script and its SHA-256 (<see cref="ScriptChecksum"/>), when (UTC, ISO-8601), how long, by whom, and whether it
/// succeeded. <see cref="Version"/> is the version the row is about: the one an upgrade reached, the one a downgrade
/// reverted, the one a stamp recorded.
/// </summary>
public sealed record HistoryRecord(
    string RepositoryId,
    long Version,
    string Direction,
    string? Script,
    string? Sha256,
    string AppliedAt,
    long? DurationMs,
    string? OsUser,
    string? Host,
    string? ToolVersion,
    bool Success)
{
    public const string Upgrade = "upgrade";
    public const string Downgrade = "downgrade";
    public const string Stamp = "stamp";

    /// <summary>The row's place in the table, in the order rows were written (0 for a row not read from it).</summary>
    public long Id { get; init; }

    /// <summary>A time as the audit trail stores it: UTC, ISO-8601 with milliseconds, e.g. 2026-12-02T14:05:09.123Z.</summary>
    public static string Timestamp(DateTime utc) =>
        utc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Whether this row records the checksum of the version's upgrade script as applied (an upgrade or a stamp that succeeded).</summary>
    public bool RecordsChecksum => Success && Direction is Upgrade or Stamp;
}
