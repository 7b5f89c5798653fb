using DbSync.Core.Sql;
using DbSync.Migrations;
using DbSync.Migrations.Resumable;
using DbSync.Versioning;

namespace DbSync.PostgreSql;

/// <summary>
/// The scope of one version step. PostgreSQL's DDL is transactional, so a version runs in one transaction with its
/// version row (the engine's <see cref="TransactionalStepScope"/>): a failed version leaves nothing behind. The scope
/// opens that transaction to read the version; once the step is known, a version holding a statement that cannot run
/// in a transaction (<see cref="OutsideTransaction"/>) gives it up and runs in the engine's <see cref="ResumableStepScope"/>
/// instead: statement by statement, its progress recorded, resumable. The run lock's check, when the step starts one, must
/// pass before the version commits; a version run statement by statement checks before its first statement.
/// </summary>
internal sealed class PostgreSqlStepScope : IStepScope
{
    private readonly PostgreSqlSession _session;
    private readonly VersionTable _versionTable;
    private readonly Task? _lockCheck;
    private IStepScope _inner;

    private PostgreSqlStepScope(PostgreSqlSession session, VersionTable versionTable, Task? lockCheck, IStepScope inner)
    {
        _session = session;
        _versionTable = versionTable;
        _lockCheck = lockCheck;
        _inner = inner;
    }

    public static async Task<IStepScope> BeginAsync(PostgreSqlSession session, VersionTable versionTable, Task? lockCheck, CancellationToken cancellationToken)
    {
        IStepScope transaction = await TransactionalStepScope.BeginAsync(session.Connection, versionTable, cancellationToken).ConfigureAwait(false);
        return new PostgreSqlStepScope(session, versionTable, lockCheck, transaction);
    }

    public Task<long> ReadVersionAsync(CancellationToken cancellationToken) => _inner.ReadVersionAsync(cancellationToken);

    public async Task<int> ResumeAtAsync(MigrationStep step, IMigrationObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(observer);
        if (OutsideTransaction.FirstIn(step, _session.ServerMajorVersion) is { } statement)
        {
            // Only the version was read in the transaction, under the run lock: giving it up changes nothing.
            await _inner.DisposeAsync().ConfigureAwait(false);
            observer.Debug(step.Script.Name.FileName + " line " + statement.Line + " cannot run in a transaction: " + step.Name + " runs statement by statement");
            _inner = new ResumableStepScope(_session, _versionTable, _session.Run);

            // What such a version does is not taken back: the run must still hold its lock before the first statement.
            await (_lockCheck ?? _session.CheckRunLockAsync(cancellationToken)).ConfigureAwait(false);
        }

        return await _inner.ResumeAtAsync(step, observer, cancellationToken).ConfigureAwait(false);
    }

    public Task ExecuteAsync(MigrationStep step, SqlStatement statement, int index, SqlStatement? next, CancellationToken cancellationToken) =>
        _inner.ExecuteAsync(step, statement, index, next, cancellationToken);

    public async Task CompleteAsync(MigrationStep step, CancellationToken cancellationToken)
    {
        if (_lockCheck != null)
        {
            await _lockCheck.ConfigureAwait(false);
        }

        await _inner.CompleteAsync(step, cancellationToken).ConfigureAwait(false);
    }

    public Task<string> FailAsync(MigrationStep step, SqlStatement statement, int index, Exception exception, CancellationToken cancellationToken) =>
        _inner.FailAsync(step, statement, index, exception, cancellationToken);

    public Task<string> InterruptAsync(MigrationStep step, SqlStatement nextStatement, int next, CancellationToken cancellationToken) =>
        _inner.InterruptAsync(step, nextStatement, next, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        if (_lockCheck != null)
        {
            try
            {
                await _lockCheck.ConfigureAwait(false);
            }
            catch (Exception e) when (e is Core.Errors.DbSyncException or System.Data.Common.DbException or OperationCanceledException)
            {
                // The step's own outcome is what gets reported; a failed check already stopped the step if it mattered.
            }
        }
    }
}
