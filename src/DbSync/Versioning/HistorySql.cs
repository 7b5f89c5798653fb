using System.Globalization;

namespace DbSync.Versioning;

/// <summary>
/// A dialect's SQL for DbSync's audit trail, the <c>dbsync_history</c> table beside the version table (which stays
/// exactly sqlalchemy-migrate's): its CREATE, its values as the dialect's own safe literals, and the one command that
/// moves the version row and records the step, so the two cannot disagree and cost one round trip.
/// </summary>
public abstract class HistorySql
{
    public const string TableName = "dbsync_history";

    /// <summary>The columns every dialect gives the table, in the order <see cref="Values"/> writes them.</summary>
    public const string Columns = "(repository_id, version, direction, script, sha256, applied_at, duration_ms, os_user, host, tool_version, success)";

    /// <summary>CREATE TABLE IF NOT EXISTS of the table, with an ascending id that orders the rows.</summary>
    public abstract string CreateTableSql { get; }

    /// <summary>
    /// The CREATE TABLE IF NOT EXISTS every dialect shares, with its own <paramref name="id"/> column, trailing
    /// <paramref name="constraints"/> (", PRIMARY KEY (id)") and <paramref name="options"/> (") ENGINE=...").
    /// </summary>
    protected static string CreateTableSqlWith(string id, string constraints = "", string options = "") =>
        "CREATE TABLE IF NOT EXISTS " + TableName + " ("
        + id + ", "
        + "repository_id VARCHAR(250) NOT NULL, "
        + "version BIGINT NOT NULL, "
        + "direction VARCHAR(16) NOT NULL, "
        + "script VARCHAR(255) NULL, "
        + "sha256 CHAR(64) NULL, "
        + "applied_at VARCHAR(32) NOT NULL, "
        + "duration_ms BIGINT NULL, "
        + "os_user VARCHAR(128) NULL, "
        + "host VARCHAR(255) NULL, "
        + "tool_version VARCHAR(64) NULL, "
        + "success BOOLEAN NOT NULL"
        + constraints + ")" + options;

    /// <summary>A query whose single value is non-zero (or true) when the table exists.</summary>
    public abstract string ExistsSql { get; }

    /// <summary>An expression for the current UTC time as <see cref="HistoryRecord.Timestamp"/> writes it, for offline scripts.</summary>
    public abstract string UtcNowSql { get; }

    /// <summary>Quotes an identifier (the version table's name), as the session does.</summary>
    public abstract string QuoteIdentifier(string name);

    /// <summary>A string literal for <paramref name="value"/>, or NULL.</summary>
    public virtual string Literal(string? value) =>
        value == null ? "NULL" : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// One command that moves the version row of <paramref name="repositoryId"/> from <paramref name="from"/> to
    /// <paramref name="to"/> and inserts <paramref name="record"/> only if it moved; the command's count of changed rows
    /// is 0 when the row was not at <paramref name="from"/>.
    /// </summary>
    public abstract string MoveVersionSql(string versionTable, string repositoryId, long from, long to, HistoryRecord record);

    /// <summary>INSERT ... VALUES of <paramref name="record"/>; <paramref name="appliedAtSql"/> replaces its time (offline scripts: the time the client runs it).</summary>
    public string Insert(HistoryRecord record, string? appliedAtSql = null) =>
        "INSERT INTO " + TableName + " " + Columns + " VALUES (" + Values(record, appliedAtSql) + ")";

    /// <summary>One INSERT of several rows (a stamp's).</summary>
    public string Insert(IReadOnlyList<HistoryRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return "INSERT INTO " + TableName + " " + Columns + " VALUES " + string.Join(", ", records.Select(r => "(" + Values(r, null) + ")"));
    }

    /// <summary>"INSERT INTO ... SELECT values": the dialect appends the condition that ties it to the version row's move.</summary>
    public string InsertSelect(HistoryRecord record) => "INSERT INTO " + TableName + " " + Columns + " SELECT " + Values(record, null);

    /// <summary>The UPDATE that moves the version row, as the version table sends it.</summary>
    protected string UpdateVersionSql(string versionTable, string repositoryId, long from, long to) =>
        "UPDATE " + QuoteIdentifier(versionTable) + " SET version = " + N(to) + " WHERE repository_id = " + Literal(repositoryId) + " AND version = " + N(from);

    private string Values(HistoryRecord record, string? appliedAtSql)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Literal(record.RepositoryId) + ", " + N(record.Version) + ", " + Literal(record.Direction) + ", " + Literal(record.Script) + ", "
            + Literal(record.Sha256) + ", " + (appliedAtSql ?? Literal(record.AppliedAt)) + ", " + (record.DurationMs is long ms ? N(ms) : "NULL") + ", "
            + Literal(Truncate(record.OsUser, 128)) + ", " + Literal(Truncate(record.Host, 255)) + ", " + Literal(Truncate(record.ToolVersion, 64)) + ", "
            + (record.Success ? "TRUE" : "FALSE");
    }

    private static string? Truncate(string? value, int length) => value == null || value.Length <= length ? value : value.Substring(0, length);

    protected static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
