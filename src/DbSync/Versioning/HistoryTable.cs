using System.Data.Common;
using DbSync.Data;

namespace DbSync.Versioning;

/// <summary>
/// DbSync's audit trail on one connection: <see cref="HistorySql.TableName"/>, one row per version applied, reverted
/// or stamped. A database upgraded earlier by sqlalchemy-migrate (or by DbSync before it kept the trail) has no rows
/// for those versions, or no table at all; reading it then finds nothing and changes nothing.
/// </summary>
public sealed class HistoryTable(DbConnection connection, HistorySql sql, string repositoryId)
{
    public HistorySql Sql { get; } = sql;

    public string RepositoryId { get; } = repositoryId;

    public async Task<bool> ExistsAsync(DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql.ExistsSql;
        object? value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is not null and not DBNull && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    /// <summary>Creates the table if needed (DDL: on MySQL it commits on its own, so never inside a transaction).</summary>
    public async Task EnsureAsync(DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql.CreateTableSql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>This repository's rows in the order they were written; none when the table does not exist.</summary>
    public async Task<IReadOnlyList<HistoryRecord>> ReadAsync(CancellationToken cancellationToken)
    {
        var records = new List<HistoryRecord>();
        if (!await ExistsAsync(null, cancellationToken).ConfigureAwait(false))
        {
            return records;
        }

        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT id, version, direction, script, sha256, applied_at, duration_ms, os_user, host, tool_version, success FROM "
            + HistorySql.TableName + " WHERE repository_id = @id ORDER BY id";
        command.AddParameter("@id", RepositoryId);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(new HistoryRecord(RepositoryId, reader.GetInt64(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetInt64(6), Text(reader, 7), Text(reader, 8), Text(reader, 9), reader.GetBoolean(10))
            {
                Id = reader.GetInt64(0),
            });
        }

        return records;
    }

    /// <summary>Writes <paramref name="record"/> (a failed version's row, outside its rolled-back transaction; a stamp's).</summary>
    public async Task InsertAsync(HistoryRecord record, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql.Insert(record);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="records"/> a few hundred to a statement.</summary>
    public async Task InsertAsync(IReadOnlyList<HistoryRecord> records, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        for (int start = 0; start < records.Count; start += 200)
        {
            await using DbCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Sql.Insert(records.Skip(start).Take(200).ToList());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
