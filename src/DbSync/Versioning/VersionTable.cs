using System.Data.Common;
using DbSync.Data;
using DbSync.Dialects;
using DbSync.Core.Errors;
using DbSync.Errors;

namespace DbSync.Versioning;

/// <summary>
/// sqlalchemy-migrate's version table, exactly: <c>repository_id VARCHAR(250) PRIMARY KEY, repository_path TEXT,
/// version INTEGER</c>, one row per repository, so several repositories can share a database and either tool can
/// continue what the other left.
/// </summary>
public sealed class VersionTable
{
    private readonly DatabaseSession _session;
    private readonly string _quotedTable;

    public VersionTable(DatabaseSession session, string tableName, string repositoryId, string repositoryPath)
    {
        _session = session;
        TableName = tableName;
        RepositoryId = repositoryId;
        RepositoryPath = repositoryPath;
        _quotedTable = session.QuoteIdentifier(tableName);
    }

    public string TableName { get; }
    public string RepositoryId { get; }
    public string RepositoryPath { get; }

    /// <summary>The run's audit trail, where the dialect keeps one: each version-row move writes its row in the same command.</summary>
    public AuditTrail? Audit { get; init; }

    public async Task<bool> ExistsAsync(CancellationToken cancellationToken)
    {
        var tables = await _session.GetTableNamesAsync(cancellationToken).ConfigureAwait(false);
        return tables.Contains(TableName, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>This repository's version, or null when the table has no row for it. The table must exist.</summary>
    public async Task<long?> ReadAsync(DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT version FROM " + _quotedTable + " WHERE repository_id = @id", transaction);
        object? value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Creates the table if needed (as sqlalchemy-migrate's version_control does).</summary>
    public async Task CreateAsync(DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(
            "CREATE TABLE IF NOT EXISTS " + _quotedTable + " " + VersionTableSql.Columns,
            transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Moves the row from <paramref name="from"/> to <paramref name="to"/>, as sqlalchemy-migrate does after each script,
    /// and writes <paramref name="record"/> to the audit trail in the same command (one round trip, the same transaction).
    /// </summary>
    public async Task UpdateAsync(long from, long to, HistoryRecord? record, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        bool recorded = record != null && Audit != null;
        await using DbCommand command = recorded
            ? RecordingCommand(Audit!.Sql.MoveVersionSql(TableName, RepositoryId, from, to, record!), transaction)
            : Command("UPDATE " + _quotedTable + " SET version = @to WHERE repository_id = @id AND version = @from", transaction);
        if (!recorded)
        {
            command.AddParameter("@to", to);
            command.AddParameter("@from", from);
        }

        // The batch with the history row counts both rows where the row moved, and none where it did not.
        int changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (recorded ? changed == 0 : changed != 1)
        {
            throw new DbSyncException(ErrorCodes.ConcurrentChange, "the version row of '" + RepositoryId + "' in " + TableName + " is no longer at version " + from
                + "; another process changed it. Run 'dotnet dbsync version' and retry.");
        }
    }

    /// <summary>Sets the row to <paramref name="version"/> whatever it was, creating the table and row if needed.</summary>
    public async Task StampAsync(long version, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await CreateAsync(transaction, cancellationToken).ConfigureAwait(false);
        await using var update = Command("UPDATE " + _quotedTable + " SET version = @version, repository_path = @path WHERE repository_id = @id", transaction);
        update.AddParameter("@version", version);
        update.AddParameter("@path", RepositoryPath);
        if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            await InsertAsync(version, transaction, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Puts the database under version control at <paramref name="version"/>.</summary>
    public async Task InsertAsync(long version, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var insert = Command("INSERT INTO " + _quotedTable + " (repository_id, repository_path, version) VALUES (@id, @path, @version)", transaction);
        insert.AddParameter("@version", version);
        insert.AddParameter("@path", RepositoryPath);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A command of literal SQL (the dialect's safe literals), without parameters.</summary>
    private DbCommand RecordingCommand(string sql, DbTransaction? transaction)
    {
        var command = _session.Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private DbCommand Command(string sql, DbTransaction? transaction)
    {
        var command = _session.Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.AddParameter("@id", RepositoryId);
        return command;
    }
}
