using System.Data.Common;
using DbSync.Core.Errors;
using DbSync.Core.Sql;
using DbSync.Versioning;

namespace DbSync.Migrations;

/// <summary>
/// A step in one transaction with its version-row update, for databases with transactional DDL: a failed version
/// leaves nothing behind, and the version is read inside the transaction, so concurrent runs apply it once. On SQLite
/// the driver begins with BEGIN IMMEDIATE, which takes the write lock at once.
/// </summary>
public sealed class TransactionalStepScope : IStepScope
{
    private readonly DbConnection _connection;
    private readonly VersionTable _versionTable;
    private readonly DbTransaction _transaction;

    private TransactionalStepScope(DbConnection connection, VersionTable versionTable, DbTransaction transaction)
    {
        _connection = connection;
        _versionTable = versionTable;
        _transaction = transaction;
    }

    public static async Task<IStepScope> BeginAsync(DbConnection connection, VersionTable versionTable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        return new TransactionalStepScope(connection, versionTable, transaction);
    }

    public async Task<long> ReadVersionAsync(CancellationToken cancellationToken) =>
        await _versionTable.ReadAsync(_transaction, cancellationToken).ConfigureAwait(false)
        ?? throw new DbSyncException(ErrorCodes.ConcurrentChange, "the version row of '" + _versionTable.RepositoryId + "' disappeared from "
            + _versionTable.TableName + " during the run; another process removed it. Run 'dotnet dbsync version' and retry.");

    public Task<int> ResumeAtAsync(MigrationStep step, IMigrationObserver observer, CancellationToken cancellationToken) => Task.FromResult(0);

    public async Task ExecuteAsync(MigrationStep step, SqlStatement statement, int index, SqlStatement? next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        await using DbCommand command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = statement.Text;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync(MigrationStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        await _versionTable.UpdateAsync(step.From, step.To, _versionTable.Audit?.Of(step, success: true), _transaction, cancellationToken).ConfigureAwait(false);
        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> FailAsync(MigrationStep step, SqlStatement statement, int index, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            await _transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // A lost connection rolls the transaction back on the server; the statement's own failure is what to report.
        }

        return "nothing of " + step.Name + " was applied; the database is still at version " + step.From.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
    }

    public async Task<string> InterruptAsync(MigrationStep step, SqlStatement nextStatement, int next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        await _transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        return step.Name + " rolled back; the database is at version " + step.From.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
    }

    /// <summary>Rolls back unless completed (a transaction disposed without commit is rolled back).</summary>
    public ValueTask DisposeAsync() => _transaction.DisposeAsync();
}
