using System.Data.Common;
using System.Globalization;

namespace DbSync.Migrations.Resumable;

/// <summary>
/// What the steps of one run share on a database without transactional DDL: the progress table (created once), the
/// progress an earlier run left (read once, at the first step: afterwards only this run, holding the run lock,
/// writes it), and the version this run last recorded.
/// </summary>
public sealed class ResumableRun(DbConnection connection, IProgressDialect sql)
{
    private bool _tableReady;
    private bool _progressRead;

    public DbConnection Connection { get; } = connection;

    public IProgressDialect Sql { get; } = sql;

    /// <summary>The version this run last moved the row to, valid while it holds the run lock.</summary>
    public (string Table, string RepositoryId, long Version)? KnownVersion { get; set; }

    /// <summary>The progress an earlier run left for <paramref name="repositoryId"/>, the first time a step asks; null afterwards.</summary>
    public async Task<StepProgress?> TakeEarlierProgressAsync(string repositoryId, CancellationToken cancellationToken)
    {
        if (_progressRead)
        {
            return null;
        }

        _progressRead = true;
        return await Sql.ReadAsync(Connection, repositoryId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the progress table if needed, once per run (it is DDL: it commits on its own).</summary>
    public async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_tableReady)
        {
            await ExecuteAsync(Sql.CreateTableSql, cancellationToken).ConfigureAwait(false);
            _tableReady = true;
        }
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using DbCommand command = Connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first value of the batch's last result set (statements before it may return rows too, e.g. INSERT ... RETURNING).</summary>
    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using DbCommand command = Connection.CreateCommand();
        command.CommandText = sql;
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        object? value = null;
        do
        {
            if (reader.FieldCount > 0 && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                value = reader.GetValue(0);
            }
        }
        while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));

        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }
}
