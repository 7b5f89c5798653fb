using System.Data.Common;
using System.Globalization;
using DbSync.Core.Sql;
using DbSync.Data;
using DbSync.Migrations.Resumable;
using DbSync.MySql.Driver;
using DbSync.MySql.Schema;
using DbSync.Versioning;

namespace DbSync.MySql;

/// <summary>
/// MySQL's part of resuming a half-applied version: the dbsync_progress table (one row per repository while a version
/// is in progress; sqlalchemy-migrate's migrate_version stays exactly as it defines it), row changes as the statements
/// that run in a transaction, and the server errors that mean a re-run statement's effect is already there.
/// </summary>
internal sealed class MySqlProgressSql : IProgressDialect
{
    public const string TableName = "dbsync_progress";

    /// <summary>
    /// Errors a statement gets when what it creates exists or what it drops is gone: table, column, index, key, routine,
    /// trigger, foreign key, database. Not "unknown table/column" in general, which a broken statement gets too.
    /// </summary>
    private static readonly HashSet<int> AlreadyApplied = [1007, 1008, 1050, 1051, 1060, 1061, 1091, 1304, 1305, 1359, 1360, 1826];

    public static readonly MySqlProgressSql Instance = new();

    public string CreateTableSql =>
        "CREATE TABLE IF NOT EXISTS " + TableName + " ("
        + "repository_id VARCHAR(250) NOT NULL, "
        + "from_version BIGINT NOT NULL, "
        + "to_version BIGINT NOT NULL, "
        + "script VARCHAR(255) NOT NULL, "
        + "statement_number INT NOT NULL, "
        + "line INT NOT NULL, "
        + "prefix_sha256 CHAR(64) NOT NULL, "
        + "statement_sha256 CHAR(64) NOT NULL, "
        + "in_flight BOOLEAN NOT NULL, "
        + "updated_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), "
        + "PRIMARY KEY (repository_id)"
        + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

    public string BeginSql => "START TRANSACTION";

    public string CommitSql => "COMMIT";

    public string RollbackSql => "ROLLBACK";

    /// <summary>Row changes only: DDL commits any open transaction on MySQL.</summary>
    public bool RunsInTransaction(SqlStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        string text = statement.Text;
        int end = 0;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        ReadOnlySpan<char> word = text.AsSpan(0, end);
        return word.Equals("INSERT", StringComparison.OrdinalIgnoreCase) || word.Equals("UPDATE", StringComparison.OrdinalIgnoreCase)
            || word.Equals("DELETE", StringComparison.OrdinalIgnoreCase) || word.Equals("REPLACE", StringComparison.OrdinalIgnoreCase);
    }

    public bool IsAlreadyApplied(Exception exception) => MySqlDriver.ServerErrorNumber(exception) is { } number && AlreadyApplied.Contains(number);

    public string SaveSql(StepProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return "REPLACE INTO " + TableName + " (repository_id, from_version, to_version, script, statement_number, line, prefix_sha256, statement_sha256, in_flight) VALUES ("
            + MySqlCommands.Literal(progress.RepositoryId) + ", " + N(progress.From) + ", " + N(progress.To) + ", " + MySqlCommands.Literal(progress.Script) + ", "
            + N(progress.Statement) + ", " + N(progress.Line) + ", '" + progress.PrefixSha256 + "', '" + progress.StatementSha256 + "', " + (progress.InFlight ? "TRUE" : "FALSE") + ")";
    }

    public string ClearSql(string repositoryId) => "DELETE FROM " + TableName + " WHERE repository_id = " + MySqlCommands.Literal(repositoryId);

    public string MoveVersionSql(VersionTable versionTable, long from, long to, HistoryRecord? record)
    {
        ArgumentNullException.ThrowIfNull(versionTable);
        string id = MySqlCommands.Literal(versionTable.RepositoryId);
        return "UPDATE " + MySqlDdl.Quote(versionTable.TableName) + " SET version = " + N(to) + " WHERE repository_id = " + id + " AND version = " + N(from) + ";\n"
            + "SET @dbsync_moved = ROW_COUNT();\n"
            + ClearSql(versionTable.RepositoryId) + " AND @dbsync_moved = 1;\n"
            + (record == null ? string.Empty : MySqlHistorySql.Instance.InsertIfMoved(record) + ";\n")
            + "SELECT @dbsync_moved";
    }

    public Task<StepProgress?> ReadAsync(DbConnection connection, string repositoryId, CancellationToken cancellationToken) =>
        ProgressRow.ReadAsync(connection, TableName, repositoryId, ExistsAsync, cancellationToken);

    /// <summary>Whether the progress table exists (a stamp must not create it inside its transaction: DDL would commit that).</summary>
    public static async Task<bool> ExistsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = MySqlCommands.Create(connection,
            "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '" + TableName + "'", transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
