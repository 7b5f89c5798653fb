using DbSync.Versioning;

namespace DbSync.Sqlite;

/// <summary>
/// SQLite's audit trail: the history row goes in the version step's own transaction, in the same command as the
/// version-row update and guarded by <c>changes()</c>, so it commits or rolls back with the version.
/// </summary>
internal sealed class SqliteHistorySql : HistorySql
{
    public static readonly SqliteHistorySql Instance = new();

    public override string CreateTableSql { get; } =
        CreateTableSqlWith("id INTEGER PRIMARY KEY");

    public override string ExistsSql => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '" + TableName + "'";

    public override string UtcNowSql => "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    public override string QuoteIdentifier(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>The UPDATE, then the INSERT only if it changed a row: 2 rows changed, or 0.</summary>
    public override string MoveVersionSql(string versionTable, string repositoryId, long from, long to, HistoryRecord record) =>
        UpdateVersionSql(versionTable, repositoryId, from, to) + ";\n" + InsertSelect(record) + " WHERE changes() = 1";
}
