using System.Data.Common;
using System.Globalization;
using System.Text;
using DbSync.Core.Integrity;
using DbSync.Data;
using DbSync.Migrations;

namespace DbSync.PostgreSql;

/// <summary>
/// DbSync's own table, in the current schema, of the statements that completed of a version running outside a
/// transaction: one row per statement (its number, line and hash as dbsync.sum computes it), written as each
/// completes, so a rerun after a failure, a lost connection or a killed process resumes after them. Rows exist only
/// while such a version is incomplete; completing it (or a stamp) deletes them, and the empty table is dropped.
/// migrate_version stays exactly sqlalchemy-migrate's.
/// </summary>
/// <remarks>
/// Stands in for the engine-owned statement log that is being generalised from DbSync.MySql's (its storage would
/// be this table); when that lands, this class becomes the PostgreSQL storage behind it.
/// </remarks>
internal sealed class StatementLogTable(DbConnection connection)
{
    public const string Name = "dbsync_statement_log";

    public static string Hash(string statementText) => ScriptHash.Compute(Encoding.UTF8.GetBytes(statementText));

    /// <summary>The statements recorded for <paramref name="repositoryId"/>: (from, to, number, line, hash), in order; empty when none.</summary>
    public async Task<IReadOnlyList<(long From, long To, int Number, int Line, string Hash)>> ReadAsync(string repositoryId, CancellationToken cancellationToken)
    {
        var rows = new List<(long, long, int, int, string)>();
        await using DbCommand command = Command("SELECT from_version, to_version, statement_number, line, statement_hash FROM " + Name
            + " WHERE repository_id = @id ORDER BY statement_number", null);
        command.AddParameter("@id", repositoryId);
        if (!await ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return rows;
        }

        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4)));
        }

        return rows;
    }

    /// <summary>Records statement <paramref name="index"/> (0-based) of <paramref name="step"/> as completed, creating the table on first use.</summary>
    public async Task RecordAsync(string repositoryId, MigrationStep step, int index, CancellationToken cancellationToken)
    {
        await using DbCommand command = Command("CREATE TABLE IF NOT EXISTS " + Name + " (repository_id VARCHAR(250) NOT NULL, from_version BIGINT NOT NULL,"
            + " to_version BIGINT NOT NULL, script VARCHAR(255) NOT NULL, statement_number INTEGER NOT NULL, line INTEGER NOT NULL,"
            + " statement_hash VARCHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), PRIMARY KEY (repository_id, statement_number));\n"
            + "INSERT INTO " + Name + " (repository_id, from_version, to_version, script, statement_number, line, statement_hash)"
            + " VALUES (@id, @from, @to, @script, @number, @line, @hash)", null);
        command.AddParameter("@id", repositoryId);
        command.AddParameter("@from", step.From);
        command.AddParameter("@to", step.To);
        command.AddParameter("@script", step.Script.Name.FileName);
        command.AddParameter("@number", index + 1);
        command.AddParameter("@line", step.Statements[index].Line);
        command.AddParameter("@hash", Hash(step.Statements[index].Text));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets what is recorded for <paramref name="repositoryId"/>, and drops the table once it is empty.</summary>
    public async Task ClearAsync(string repositoryId, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(cancellationToken, transaction).ConfigureAwait(false))
        {
            return;
        }

        await using DbCommand command = Command("DELETE FROM " + Name + " WHERE repository_id = @id;\n"
            + "DO $dbsync$ BEGIN IF NOT EXISTS (SELECT 1 FROM " + Name + ") THEN DROP TABLE " + Name + "; END IF; END $dbsync$", transaction);
        command.AddParameter("@id", repositoryId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ExistsAsync(CancellationToken cancellationToken, DbTransaction? transaction = null)
    {
        await using DbCommand command = Command("SELECT to_regclass(current_schema() || '." + Name + "') IS NOT NULL", transaction);
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private DbCommand Command(string sql, DbTransaction? transaction)
    {
        DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
