using System.Data;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DbSync.Core.Errors;
using DbSync.Core.Sql;
using DbSync.Dialects;
using DbSync.Versioning;

namespace DbSync.Migrations.Resumable;

/// <summary>
/// A step on a database whose DDL commits on its own (MySQL/MariaDB; PostgreSQL's CONCURRENTLY), so a version cannot be
/// made atomic. Instead its progress is recorded durably as it runs, and a rerun resumes where it stopped:
/// <list type="bullet">
/// <item>Before a statement that commits on its own, the progress row says it is in flight, in the same round trip.
/// A rerun after a kill, a lost connection or a server crash runs it again; if that fails because its effect is
/// already there (DDL is atomic on MariaDB 10.6+ and MySQL 8), it had completed, and the run goes on after it.</item>
/// <item>Statements that can run in a transaction (row changes) run in one with the progress that follows them, so
/// data changes never run twice; the last ones commit together with the version row.</item>
/// <item>The applied statements are fingerprinted: a rerun whose script changed before the resume point refuses.</item>
/// </list>
/// </summary>
public sealed class ResumableStepScope(DatabaseSession session, VersionTable versionTable, ResumableRun run) : IStepScope
{
    /// <summary>Row changes committed at most this many statements at a time, so a huge data script is not one transaction.</summary>
    private const int MaxStatementsPerTransaction = 500;

    private readonly IProgressDialect _sql = run.Sql;
    private readonly IncrementalHash _prefix = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _resumedAt;
    private bool _inFlightAtResume;
    private int _transactionStart = -1;
    private string _prefixAtTransactionStart = string.Empty;
    private bool _completed;

    private bool InTransaction => _transactionStart >= 0;

    public async Task<long> ReadVersionAsync(CancellationToken cancellationToken)
    {
        if (run.KnownVersion is { } known && known.Table == versionTable.TableName && known.RepositoryId == versionTable.RepositoryId)
        {
            return known.Version;
        }

        return await versionTable.ReadAsync(null, cancellationToken).ConfigureAwait(false)
            ?? throw new DbSyncException(ErrorCodes.ConcurrentChange, "the version row of '" + versionTable.RepositoryId + "' disappeared from "
                + versionTable.TableName + " during the run; another process removed it. Run 'dotnet dbsync version' and retry.");
    }

    public async Task<int> ResumeAtAsync(MigrationStep step, IMigrationObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(observer);
        run.KnownVersion = null;
        await run.EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        StepProgress? earlier = await run.TakeEarlierProgressAsync(versionTable.RepositoryId, cancellationToken).ConfigureAwait(false);
        if (earlier != null && earlier.To == step.From && earlier.From != step.To)
        {
            // Left by a run stopped after its version row moved: nothing of it is pending.
            earlier = null;
        }

        if (earlier != null)
        {
            _resumedAt = ResumePoint.Check(earlier, step);
            _inFlightAtResume = earlier.InFlight;
            observer.Warning(ResumePoint.Describe(earlier, step));
        }

        for (int i = 0; i < _resumedAt; i++)
        {
            AddToPrefix(step.Statements[i]);
        }

        return _resumedAt;
    }

    public async Task ExecuteAsync(MigrationStep step, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        SqlStatement statement = step.Statements[index];
        bool last = index == step.Statements.Count - 1;
        if (_sql.RunsInTransaction(statement))
        {
            await ExecuteInTransactionAsync(step, index, last, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (InTransaction)
        {
            await CommitAsync(step, index, cancellationToken).ConfigureAwait(false);
        }

        // Recorded as in flight in the same round trip where the database allows: durable before the statement starts.
        string save = _sql.SaveSql(Progress(step, index, inFlight: true));
        if (!_sql.SavesWithStatement)
        {
            await run.ExecuteAsync(save, cancellationToken).ConfigureAwait(false);
        }

        string sql = _sql.SavesWithStatement ? save + ";\n" + statement.Text : statement.Text;
        if (index == _resumedAt && _inFlightAtResume)
        {
            await RerunInFlightAsync(sql, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await run.ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
        }

        AddToPrefix(statement);
    }

    public async Task CompleteAsync(MigrationStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (!_completed)
        {
            await MoveVersionAsync(step, _sql.BeginSql + ";\n" + _sql.MoveVersionSql(versionTable, step.From, step.To), cancellationToken).ConfigureAwait(false);
        }

        run.KnownVersion = (versionTable.TableName, versionTable.RepositoryId, step.To);
    }

    public async Task<string> FailAsync(MigrationStep step, int index, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        int applied = InTransaction ? _transactionStart : index;
        if (session.Connection.State != ConnectionState.Open)
        {
            // The progress row keeps what was committed; a statement in flight is re-checked by the rerun.
            return Outcome(step, applied, recorded: true)
                + " The connection was lost, so statement " + N(index + 1) + " itself may have been applied; the rerun checks it.";
        }

        bool recorded = true;
        string prefix = InTransaction ? _prefixAtTransactionStart : CurrentPrefix();
        try
        {
            if (InTransaction)
            {
                await run.ExecuteAsync(_sql.RollbackSql, cancellationToken).ConfigureAwait(false);
                _transactionStart = -1;
            }

            // The failed statement had no effect (atomic DDL; rolled-back row changes): the rerun starts at it, and it may be fixed.
            await run.ExecuteAsync(applied == 0 ? _sql.ClearSql(versionTable.RepositoryId) : _sql.SaveSql(Progress(step, applied, inFlight: false, prefix)), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (session.IsDatabaseFailure(e))
        {
            recorded = false;
        }

        string outcome = Outcome(step, applied, recorded);
        return index == _resumedAt && _inFlightAtResume
            ? outcome + " Statement " + N(index + 1) + " was running when an earlier run stopped: if it completed then, that may be why it fails now;"
              + " check the schema before changing the script."
            : outcome;
    }

    public async Task<string> InterruptAsync(MigrationStep step, int next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (InTransaction)
        {
            await CommitAsync(step, next, cancellationToken).ConfigureAwait(false);
        }
        else if (next > 0)
        {
            await run.ExecuteAsync(_sql.SaveSql(Progress(step, next, inFlight: false)), cancellationToken).ConfigureAwait(false);
        }

        return next == 0
            ? "stopped before " + step.Name + "; the database is at version " + N(step.From) + "."
            : "stopped after " + Statements(next) + " of " + step.Name + " (up to line " + N(step.Statements[next - 1].EndLine) + "); the database is at version "
              + N(step.From) + " and the rerun resumes at statement " + N(next + 1) + ".";
    }

    public async ValueTask DisposeAsync()
    {
        _prefix.Dispose();
        if (InTransaction && session.Connection.State == ConnectionState.Open)
        {
            try
            {
                await run.ExecuteAsync(_sql.RollbackSql, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (session.IsDatabaseFailure(e))
            {
                // The error that ended the step is the one to report; the server rolls back with the connection anyway.
            }
        }
    }

    private async Task ExecuteInTransactionAsync(MigrationStep step, int index, bool last, CancellationToken cancellationToken)
    {
        string text = step.Statements[index].Text;
        if (!InTransaction)
        {
            _transactionStart = index;
            _prefixAtTransactionStart = CurrentPrefix();
            text = _sql.BeginSql + ";\n" + text;
        }

        AddToPrefix(step.Statements[index]);
        if (last)
        {
            // The last row changes, the version row and the end of the progress row commit together.
            await MoveVersionAsync(step, text + "\n;\n" + _sql.MoveVersionSql(versionTable, step.From, step.To), cancellationToken).ConfigureAwait(false);
            _completed = true;
            return;
        }

        await run.ExecuteAsync(text, cancellationToken).ConfigureAwait(false);
        if (index + 1 - _transactionStart >= MaxStatementsPerTransaction)
        {
            await CommitAsync(step, index + 1, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Commits the open transaction with the progress that says statements before <paramref name="next"/> are applied.</summary>
    private async Task CommitAsync(MigrationStep step, int next, CancellationToken cancellationToken)
    {
        await run.ExecuteAsync(_sql.SaveSql(Progress(step, next, inFlight: false)) + ";\n" + _sql.CommitSql, cancellationToken).ConfigureAwait(false);
        _transactionStart = -1;
    }

    private async Task MoveVersionAsync(MigrationStep step, string sql, CancellationToken cancellationToken)
    {
        long moved = await run.ScalarAsync(sql, cancellationToken).ConfigureAwait(false);
        await run.ExecuteAsync(moved == 1 ? _sql.CommitSql : _sql.RollbackSql, cancellationToken).ConfigureAwait(false);
        _transactionStart = -1;
        if (moved != 1)
        {
            throw new DbSyncException(ErrorCodes.ConcurrentChange, "the version row of '" + versionTable.RepositoryId + "' in " + versionTable.TableName
                + " is no longer at version " + N(step.From) + "; another process changed it. Run 'dotnet dbsync version' and retry.");
        }
    }

    /// <summary>A statement an earlier run had started: run it again; failing because its effect is there means it had completed.</summary>
    private async Task RerunInFlightAsync(string sql, CancellationToken cancellationToken)
    {
        try
        {
            await run.ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (_sql.IsAlreadyApplied(e))
        {
            // Nothing to do: the effect is there. The next statement's progress row records it as done.
        }
    }

    /// <summary>The progress row saying statements before <paramref name="index"/> are applied (and, when in flight, that it started).</summary>
    private StepProgress Progress(MigrationStep step, int index, bool inFlight, string? prefix = null)
    {
        SqlStatement? statement = index < step.Statements.Count ? step.Statements[index] : null;
        return new StepProgress(versionTable.RepositoryId, step.From, step.To, step.Script.Name.FileName, index + 1, statement?.Line ?? 0,
            prefix ?? CurrentPrefix(), statement == null ? string.Empty : StatementHashes.Of(statement.Text), inFlight);
    }

    /// <summary>The fingerprint of the statements added so far (<see cref="StatementHashes.OfPrefix"/>, computed as they run).</summary>
    private string CurrentPrefix() => Convert.ToHexStringLower(_prefix.GetCurrentHash());

    private void AddToPrefix(SqlStatement statement) => _prefix.AppendData(Encoding.ASCII.GetBytes(StatementHashes.Of(statement.Text)));

    private static string Outcome(MigrationStep step, int applied, bool recorded)
    {
        string from = N(step.From);
        if (applied == 0)
        {
            return "no statement of " + step.Name + " was applied; the database is still at version " + from + ".";
        }

        string lines = string.Join(", ", step.Statements.Take(applied).Select(s => N(s.Line)));
        string what = Statements(applied) + " of " + step.Name + " (line" + (applied == 1 ? " " : "s ") + lines + ")" + (applied == 1 ? " was" : " were");
        return recorded
            ? what + " applied and recorded; the database is still at version " + from + ". Fix the failing statement and rerun to resume at it,"
              + " or repair the schema by hand and record the version with 'dotnet dbsync stamp --revision " + N(step.To) + "'."
            : what + " applied but the progress could not be recorded; the database is still at version " + from
              + ". The rerun resumes from what was recorded before; check the schema, or repair it by hand and record the version with 'dotnet dbsync stamp --revision "
              + N(step.To) + "'.";
    }

    /// <summary>"statement 1", "statements 1-3".</summary>
    internal static string Statements(int count) => count == 1 ? "statement 1" : "statements 1-" + N(count);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
