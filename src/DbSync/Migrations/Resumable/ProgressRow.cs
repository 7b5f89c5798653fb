using System.Data.Common;
using DbSync.Data;

namespace DbSync.Migrations.Resumable;

/// <summary>Reads a progress row back, on any database whose progress table has the columns every dialect gives it.</summary>
public static class ProgressRow
{
    /// <summary>
    /// The progress row of <paramref name="repositoryId"/> in <paramref name="table"/>, or null, also when the table does
    /// not exist yet (<paramref name="exists"/>: the dialect's check, outside any transaction).
    /// </summary>
    public static async Task<StepProgress?> ReadAsync(DbConnection connection, string table, string repositoryId,
        Func<DbConnection, DbTransaction?, CancellationToken, Task<bool>> exists, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(exists);
        if (!await exists(connection, null, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT from_version, to_version, script, statement_number, line, prefix_sha256, statement_sha256, in_flight FROM " + table
            + " WHERE repository_id = @repository_id";
        command.AddParameter("@repository_id", repositoryId);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StepProgress(repositoryId, reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetString(5), reader.GetString(6), reader.GetBoolean(7))
            : null;
    }
}
