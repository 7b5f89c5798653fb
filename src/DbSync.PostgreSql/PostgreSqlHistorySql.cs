using DbSync.PostgreSql.Schema;
using DbSync.Versioning;

namespace DbSync.PostgreSql;

/// <summary>
/// PostgreSQL's audit trail: the history row is inserted by the statement that moves the version row (a data-modifying
/// WITH), in the version's transaction, so the two cannot disagree and cost one round trip.
/// </summary>
internal sealed class PostgreSqlHistorySql : HistorySql
{
    public static readonly PostgreSqlHistorySql Instance = new();

    public override string CreateTableSql { get; } =
        CreateTableSqlWith("id BIGSERIAL PRIMARY KEY");

    public override string ExistsSql => "SELECT to_regclass(quote_ident(current_schema()) || '." + TableName + "') IS NOT NULL";

    public override string UtcNowSql => "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

    public override string QuoteIdentifier(string name) => PostgreSqlIdentifiers.Quote(name);

    public override string Literal(string? value) => value == null ? "NULL" : PostgreSqlIdentifiers.Literal(value);

    /// <summary>The INSERT of <paramref name="record"/> for each row of the CTE <c>moved</c> (one, or none).</summary>
    public string InsertForMoved(HistoryRecord record) => InsertSelect(record) + " FROM moved";

    /// <summary>One statement: inserts the row once per version row moved, so its count is 1, or 0.</summary>
    public override string MoveVersionSql(string versionTable, string repositoryId, long from, long to, HistoryRecord record) =>
        "WITH moved AS (" + UpdateVersionSql(versionTable, repositoryId, from, to) + " RETURNING 1) " + InsertForMoved(record);
}
