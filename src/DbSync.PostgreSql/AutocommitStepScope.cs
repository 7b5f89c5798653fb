using System.Globalization;
using DbSync.Core.Errors;
using DbSync.Migrations;
using DbSync.PostgreSql.Driver;
using DbSync.Versioning;

namespace DbSync.PostgreSql;

/// <summary>
/// A version holding a statement PostgreSQL cannot run in a transaction (CREATE INDEX CONCURRENTLY, VACUUM, ...):
/// its statements run one by one, each committed on its own as psql would run them, and each is recorded in
/// <see cref="StatementLogTable"/> once it completes, so a rerun after a failure or a killed run resumes at the first
/// statement not recorded, provided the recorded ones are unchanged (else it refuses, naming the statement). The
/// version row moves, and the record goes, in one transaction once the last statement completes. All under the run lock.
/// </summary>
/// <remarks>
/// Written in this project while the engine's resumable step scope (generalised from DbSync.MySql's) is not there
/// yet; it should become that scope with <see cref="StatementLogTable"/> as its storage.
/// </remarks>
internal sealed class AutocommitStepScope(PostgreSqlSession session, VersionTable versionTable) : IStepScope
{
    private readonly StatementLogTable _log = new(session.Connection);
    private int _resumedAt;

    public async Task<long> ReadVersionAsync(CancellationToken cancellationToken) =>
        await versionTable.ReadAsync(null, cancellationToken).ConfigureAwait(false)
        ?? throw new DbSyncException(ErrorCodes.ConcurrentChange, "the version row of '" + versionTable.RepositoryId + "' disappeared from "
            + versionTable.TableName + " during the run; another process removed it. Run 'dotnet dbsync version' and retry.");

    public async Task<int> ResumeAtAsync(MigrationStep step, IMigrationObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(observer);
        var recorded = await _log.ReadAsync(versionTable.RepositoryId, cancellationToken).ConfigureAwait(false);
        if (recorded.Count == 0)
        {
            return 0;
        }

        string file = step.Script.Name.FileName;
        if (recorded[0].From != step.From || recorded[0].To != step.To)
        {
            throw new DbSyncException(ErrorCodes.ResumeRefused, "an earlier run left " + StepName(recorded[0].From, recorded[0].To) + " of '" + versionTable.RepositoryId
                + "' half-applied (" + Applied(recorded.Select(r => r.Line).ToList(), StepName(recorded[0].From, recorded[0].To)) + "); this run would run "
                + step.Name + " instead. Finish it with 'dotnet dbsync " + (recorded[0].To > recorded[0].From ? "upgrade" : "downgrade") + " --revision "
                + N(recorded[0].To) + "', or repair the schema by hand and record the version with 'dotnet dbsync stamp --revision N'.");
        }

        foreach (var (_, _, number, line, hash) in recorded)
        {
            if (number > step.Statements.Count || StatementLogTable.Hash(step.Statements[number - 1].Text) != hash)
            {
                throw new DbSyncException(ErrorCodes.ResumeRefused, file + ": statement " + N(number) + " (line " + N(line) + " when it ran) was applied by an earlier run"
                    + (number > step.Statements.Count ? " but is no longer in the script" : " and has changed since")
                    + ". Only the failed statement and those after it may change before a rerun: restore the statement as it was,"
                    + " or repair the schema by hand and run 'dotnet dbsync stamp --revision " + N(step.To) + "'.",
                    new SourceLocation(step.Script.Path, number <= step.Statements.Count ? step.Statements[number - 1].Line : 1));
            }
        }

        _resumedAt = recorded.Count;
        observer.Warning(file + ": resuming at statement " + N(_resumedAt + 1)
            + (_resumedAt < step.Statements.Count ? " (line " + N(step.Statements[_resumedAt].Line) + ")" : string.Empty) + "; "
            + Applied(recorded.Select(r => r.Line).ToList(), step.Name) + (recorded.Count == 1 ? " was" : " were") + " applied by an earlier run");
        return _resumedAt;
    }

    public async Task ExecuteAsync(MigrationStep step, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        await using (var command = session.Connection.CreateCommand())
        {
            command.CommandText = step.Statements[index].Text;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await session.GuardAsync("recording statement " + N(index + 1) + " of " + step.Name + " in " + StatementLogTable.Name,
            () => _log.RecordAsync(versionTable.RepositoryId, step, index, cancellationToken)).ConfigureAwait(false);
    }

    public async Task CompleteAsync(MigrationStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        await session.GuardAsync("recording " + step.Name + " in " + versionTable.TableName, async () =>
        {
            await using var transaction = await session.Connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await versionTable.UpdateAsync(step.From, step.To, transaction, cancellationToken).ConfigureAwait(false);
            await _log.ClearAsync(versionTable.RepositoryId, transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    public Task<string> FailAsync(MigrationStep step, int index, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var applied = step.Statements.Take(index).Select(s => s.Line).ToList();
        string outcome = applied.Count == 0
            ? "no statement of " + step.Name + " was applied; the database is still at version " + N(step.From) + "."
            : Applied(applied, step.Name) + (applied.Count == 1 ? " was" : " were") + " applied and recorded (the version cannot run in a transaction);"
                + " the database is still at version " + N(step.From) + ". Fix the failing statement and rerun to resume at it, or repair the schema by hand"
                + " and record the version with 'dotnet dbsync stamp --revision " + N(step.To) + "'.";
        if (PostgreSqlDriver.SqlState(exception) == null)
        {
            outcome += " The connection was lost, so statement " + N(index + 1) + " itself may have been applied too.";
        }

        if (OutsideTransaction.Requires(step.Statements[index].Text, session.ServerMajorVersion)
            && step.Statements[index].Text.Contains("CONCURRENTLY", StringComparison.OrdinalIgnoreCase)
            && step.Statements[index].Text.TrimStart().StartsWith("CREATE", StringComparison.OrdinalIgnoreCase))
        {
            outcome += " A failed CREATE INDEX CONCURRENTLY can leave an INVALID index behind: DROP INDEX it before the rerun.";
        }

        return Task.FromResult(outcome);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>"statements 1-2 of version 3 (lines 1, 5)".</summary>
    private static string Applied(IReadOnlyList<int> lines, string ofWhat)
    {
        string listed = string.Join(", ", lines.Select(l => N(l)));
        return lines.Count == 1
            ? "statement 1 of " + ofWhat + " (line " + listed + ")"
            : "statements 1-" + N(lines.Count) + " of " + ofWhat + " (lines " + listed + ")";
    }

    private static string StepName(long from, long to) => to > from ? "version " + N(to) : "the downgrade of version " + N(from);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
