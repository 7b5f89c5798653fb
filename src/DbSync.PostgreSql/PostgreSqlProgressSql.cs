using System.Data.Common;
using System.Globalization;
using DbSync.Core.Sql;
using DbSync.Data;
using DbSync.Migrations.Resumable;
using DbSync.PostgreSql.Driver;
using DbSync.PostgreSql.Schema;
using DbSync.Versioning;

namespace DbSync.PostgreSql;

/// <summary>
/// PostgreSQL's part of the engine's <see cref="ResumableStepScope"/>, used only for a version that cannot run in a
/// transaction: the dbsync_progress table in the current schema (one row per repository while such a version is in
/// progress; migrate_version stays sqlalchemy-migrate's), every statement but those (<see cref="OutsideTransaction"/>)
/// run in a transaction with the progress that follows it, and the server errors that mean a re-run statement's effect
/// is already there. The in-flight row goes in a round trip of its own: a batch is one implicit transaction.
/// </summary>
internal sealed class PostgreSqlProgressSql(int serverMajorVersion) : IProgressDialect
{
    public const string TableName = "dbsync_progress";

    /// <summary>
    /// duplicate_database, duplicate_object (tablespace), undefined_object (index dropped), invalid_catalog_name
    /// (database dropped). Not duplicate_table: an interrupted CREATE INDEX CONCURRENTLY leaves an INVALID index behind.
    /// </summary>
    private static readonly HashSet<string> AlreadyApplied = ["42P04", "42710", "42704", "3D000"];

    public string CreateTableSql =>
        "CREATE TABLE IF NOT EXISTS " + TableName + " ("
        + "repository_id VARCHAR(250) NOT NULL PRIMARY KEY, "
        + "from_version BIGINT NOT NULL, "
        + "to_version BIGINT NOT NULL, "
        + "script VARCHAR(255) NOT NULL, "
        + "statement_number INTEGER NOT NULL, "
        + "line INTEGER NOT NULL, "
        + "prefix_sha256 CHAR(64) NOT NULL, "
        + "statement_sha256 CHAR(64) NOT NULL, "
        + "in_flight BOOLEAN NOT NULL, "
        + "updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp())";

    public string BeginSql => "BEGIN";

    public string CommitSql => "COMMIT";

    public string RollbackSql => "ROLLBACK";

    public bool SavesWithStatement => false;

    public bool RunsInTransaction(SqlStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return !OutsideTransaction.Requires(statement.Text, serverMajorVersion);
    }

    public bool IsAlreadyApplied(Exception exception) => PostgreSqlDriver.SqlState(exception) is { } state && AlreadyApplied.Contains(state);

    public string SaveSql(StepProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return "INSERT INTO " + TableName + " (repository_id, from_version, to_version, script, statement_number, line, prefix_sha256, statement_sha256, in_flight) VALUES ("
            + Literal(progress.RepositoryId) + ", " + N(progress.From) + ", " + N(progress.To) + ", " + Literal(progress.Script) + ", " + N(progress.Statement) + ", "
            + N(progress.Line) + ", '" + progress.PrefixSha256 + "', '" + progress.StatementSha256 + "', " + (progress.InFlight ? "TRUE" : "FALSE") + ")"
            + " ON CONFLICT (repository_id) DO UPDATE SET from_version = EXCLUDED.from_version, to_version = EXCLUDED.to_version, script = EXCLUDED.script,"
            + " statement_number = EXCLUDED.statement_number, line = EXCLUDED.line, prefix_sha256 = EXCLUDED.prefix_sha256,"
            + " statement_sha256 = EXCLUDED.statement_sha256, in_flight = EXCLUDED.in_flight, updated_at = clock_timestamp()";
    }

    public string ClearSql(string repositoryId) => "DELETE FROM " + TableName + " WHERE repository_id = " + Literal(repositoryId);

    /// <summary>One statement: the version row moves, the progress row goes only if it did, and the count of moved rows is the result.</summary>
    public string MoveVersionSql(VersionTable versionTable, long from, long to, HistoryRecord? record)
    {
        ArgumentNullException.ThrowIfNull(versionTable);
        string id = Literal(versionTable.RepositoryId);
        return "WITH moved AS (UPDATE " + PostgreSqlIdentifiers.Quote(versionTable.TableName) + " SET version = " + N(to)
            + " WHERE repository_id = " + id + " AND version = " + N(from) + " RETURNING 1),"
            + " cleared AS (DELETE FROM " + TableName + " WHERE repository_id = " + id + " AND EXISTS (SELECT 1 FROM moved))"
            + (record == null ? string.Empty : ", recorded AS (" + PostgreSqlHistorySql.Instance.InsertForMoved(record) + ")")
            + " SELECT count(*) FROM moved";
    }

    public Task<StepProgress?> ReadAsync(DbConnection connection, string repositoryId, CancellationToken cancellationToken) =>
        ProgressRow.ReadAsync(connection, TableName, repositoryId, ExistsAsync, cancellationToken);

    /// <summary>Whether the progress table exists in the current schema.</summary>
    public static async Task<bool> ExistsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT to_regclass(quote_ident(current_schema()) || '." + TableName + "') IS NOT NULL";
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static string Literal(string value) => PostgreSqlIdentifiers.Literal(value);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
