using DbSync.MySql.Schema;
using DbSync.Versioning;

namespace DbSync.MySql;

/// <summary>
/// MySQL's audit trail. A version's DDL commits on its own, but its history row is written in the transaction that
/// moves the version row (<see cref="MySqlProgressSql.MoveVersionSql"/>), in the same round trip, so the two commit
/// together. Literals are hex (<see cref="MySqlCommands.Literal"/>), right under any sql_mode.
/// </summary>
internal sealed class MySqlHistorySql : HistorySql
{
    public static readonly MySqlHistorySql Instance = new();

    public override string CreateTableSql { get; } =
        CreateTableSqlWith("id BIGINT NOT NULL AUTO_INCREMENT", ", PRIMARY KEY (id)", " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");

    public override string ExistsSql =>
        "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '" + TableName + "'";

    public override string UtcNowSql => "CONCAT(LEFT(DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%dT%H:%i:%s.%f'), 23), 'Z')";

    public override string QuoteIdentifier(string name) => MySqlDdl.Quote(name);

    public override string Literal(string? value) => value == null ? "NULL" : MySqlCommands.Literal(value);

    /// <summary>The INSERT guarded by the UPDATE's row count, for a batch that has saved it in <c>@dbsync_moved</c>.</summary>
    public string InsertIfMoved(HistoryRecord record) => InsertSelect(record) + " FROM DUAL WHERE @dbsync_moved = 1";

    public override string MoveVersionSql(string versionTable, string repositoryId, long from, long to, HistoryRecord record) =>
        UpdateVersionSql(versionTable, repositoryId, from, to) + ";\nSET @dbsync_moved = ROW_COUNT();\n" + InsertIfMoved(record);
}
