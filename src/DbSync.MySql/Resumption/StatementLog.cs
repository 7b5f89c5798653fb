using System.Data.Common;
using System.Globalization;
using DbSync.Core.Sql;
using DbSync.Data;
using DbSync.Migrations;

namespace DbSync.MySql.Resumption;

/// <summary>
/// DbSync's own table of the statements of an incomplete version that completed before one failed, one row per
/// statement, so a rerun can resume after them. sqlalchemy-migrate's migrate_version stays exactly as it defines it. Rows exist only
/// while a version is incomplete: completing the version (or a stamp) deletes them in the same transaction as the
/// version row update, and a run that used the table drops it once it is empty, so a database whose versions all
/// completed holds no trace of it.
/// </summary>
internal sealed class StatementLog(DbConnection connection)
{
    public const string TableName = "dbsync_statement_log";

    private const string CreateSql =
        "CREATE TABLE IF NOT EXISTS " + TableName + " ("
        + "repository_id VARCHAR(250) NOT NULL, "
        + "from_version BIGINT NOT NULL, "
        + "to_version BIGINT NOT NULL, "
        + "script VARCHAR(255) NOT NULL, "
        + "statement_number INT NOT NULL, "
        + "line INT NOT NULL, "
        + "statement_sha256 CHAR(64) NOT NULL, "
        + "applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "
        + "PRIMARY KEY (repository_id, statement_number)"
        + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

    private bool? _exists;

    public async Task<bool> ExistsAsync(DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (_exists != true)
        {
            await using var command = MySqlCommands.Create(connection,
                "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '" + TableName + "'", transaction);
            _exists = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
        }

        return _exists.Value;
    }

    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        if (_exists != true)
        {
            await using var command = MySqlCommands.Create(connection, CreateSql, null);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _exists = true;
        }
    }

    /// <summary>The incomplete version of <paramref name="repositoryId"/>, or null when there is none.</summary>
    public async Task<IncompleteVersion?> ReadAsync(string repositoryId, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(null, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        await using var command = MySqlCommands.Create(connection,
            "SELECT from_version, to_version, script, statement_number, line, statement_sha256 FROM " + TableName
            + " WHERE repository_id = @repository_id ORDER BY statement_number", null);
        command.AddParameter("@repository_id", repositoryId);
        var statements = new List<RecordedStatement>();
        long from = 0, to = 0;
        string script = string.Empty;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                from = reader.GetInt64(0);
                to = reader.GetInt64(1);
                script = reader.GetString(2);
                statements.Add(new RecordedStatement(reader.GetInt32(3), reader.GetInt32(4), reader.GetString(5)));
            }
        }

        return statements.Count == 0 ? null : new IncompleteVersion(repositoryId, from, to, script, statements);
    }

    /// <summary>
    /// Records statements <paramref name="from"/> to <paramref name="to"/> - 1 (0-based) of <paramref name="step"/> as
    /// completed, in one transaction, creating the table on first use.
    /// </summary>
    public async Task RecordAsync(string repositoryId, MigrationStep step, int from, int to, CancellationToken cancellationToken)
    {
        await CreateAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<string>();
        for (int i = from; i < to; i++)
        {
            SqlStatement statement = step.Statements[i];
            rows.Add("(" + MySqlCommands.Literal(repositoryId) + ", " + N(step.From) + ", " + N(step.To) + ", " + MySqlCommands.Literal(step.Script.Name.FileName)
                + ", " + N(i + 1) + ", " + N(statement.Line) + ", '" + StatementHash.Of(statement.Text) + "')");
        }

        await using var command = MySqlCommands.Create(connection,
            "INSERT INTO " + TableName + " (repository_id, from_version, to_version, script, statement_number, line, statement_sha256) VALUES "
            + string.Join(", ", rows), null);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static string ClearSql(string repositoryId) =>
        "DELETE FROM " + TableName + " WHERE repository_id = " + MySqlCommands.Literal(repositoryId);

    /// <summary>
    /// Drops the table when no repository has an incomplete version. Called under the run lock, so a run of the same
    /// repository cannot be between creating the table and writing to it.
    /// </summary>
    public async Task DropIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(null, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await using var count = MySqlCommands.Create(connection, "SELECT COUNT(*) FROM " + TableName, null);
        if (Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
        {
            await using var drop = MySqlCommands.Create(connection, "DROP TABLE IF EXISTS " + TableName, null);
            await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _exists = false;
        }
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Forgets the incomplete version of <paramref name="repositoryId"/>, if the table exists.</summary>
    public async Task ClearAsync(string repositoryId, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(transaction, cancellationToken).ConfigureAwait(false))
        {
            await using var command = MySqlCommands.Create(connection, ClearSql(repositoryId), transaction);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
