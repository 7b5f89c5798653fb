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
    private SqlStatement? _transactionFirst;
    private string _prefixAtTransactionStart = string.Empty;
    private bool _completed;

    /// <summary>The lines of the statements of this step applied so far (earlier runs' included), for messages.</summary>
    private readonly List<int> _appliedLines = [];

    private int _lastEndLine;

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
            // The statements an earlier run applied, and the one it stopped at, read again to be checked.
            var head = step.Statements.Read().Take(earlier.Statement).ToList();
            _resumedAt = ResumePoint.Check(earlier, step, head);
            _inFlightAtResume = earlier.InFlight;
            observer.Warning(ResumePoint.Describe(earlier, step, head));
            foreach (SqlStatement statement in head.Take(_resumedAt))
            {
                AddToPrefix(statement);
                _appliedLines.Add(statement.Line);
            }
        }

        return _resumedAt;
    }

    public async Task ExecuteAsync(MigrationStep step, SqlStatement statement, int index, SqlStatement? next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(statement);
        if (_sql.RunsInTransaction(statement))
        {
            await ExecuteInTransactionAsync(step, statement, index, next, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Recorded as in flight before the statement starts, in the same round trip where the database allows it.
        string save = _sql.SaveSql(Progress(step, statement, index, inFlight: true));
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
        _appliedLines.Add(statement.Line);
        _lastEndLine = statement.EndLine;
    }

    public async Task CompleteAsync(MigrationStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (!_completed)
        {
            await MoveVersionAsync(step, _sql.BeginSql + ";\n" + _sql.MoveVersionSql(versionTable, step.From, step.To, versionTable.Audit?.Of(step, success: true)), cancellationToken).ConfigureAwait(false);
        }

        run.KnownVersion = (versionTable.TableName, versionTable.RepositoryId, step.To);
    }

    public async Task<string> FailAsync(MigrationStep step, SqlStatement statement, int index, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(statement);
        int applied = InTransaction ? _transactionStart : index;
        SqlStatement resumeAt = InTransaction ? _transactionFirst! : statement;
        if (InTransaction)
        {
            // The transaction's statements roll back with it.
            _appliedLines.RemoveRange(_transactionStart, _appliedLines.Count - _transactionStart);
        }

        if (session.Connection.State != ConnectionState.Open)
        {
            // The progress row keeps what was committed; a statement in flight is re-checked by the rerun.
            return Outcome(step, recorded: true)
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
            await run.ExecuteAsync(applied == 0 ? _sql.ClearSql(versionTable.RepositoryId) : _sql.SaveSql(Progress(step, resumeAt, applied, inFlight: false, prefix)), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (session.IsDatabaseFailure(e))
        {
            recorded = false;
        }

        string outcome = Outcome(step, recorded);
        return index == _resumedAt && _inFlightAtResume
            ? outcome + " Statement " + N(index + 1) + " was running when an earlier run stopped: if it completed then, that may be why it fails now;"
              + " check the schema before changing the script."
            : outcome;
    }

    public async Task<string> InterruptAsync(MigrationStep step, SqlStatement nextStatement, int next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (InTransaction)
        {
            await CommitAsync(step, nextStatement, next, cancellationToken).ConfigureAwait(false);
        }
        else if (next > 0)
        {
            await run.ExecuteAsync(_sql.SaveSql(Progress(step, nextStatement, next, inFlight: false)), cancellationToken).ConfigureAwait(false);
        }

        return next == 0
            ? "stopped before " + step.Name + "; the database is at version " + N(step.From) + "."
            : "stopped after " + Statements(next) + " of " + step.Name + " (up to line " + N(_lastEndLine) + "); the database is at version "
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

    private async Task ExecuteInTransactionAsync(MigrationStep step, SqlStatement statement, int index, SqlStatement? next, CancellationToken cancellationToken)
    {
        string text = statement.Text;
        if (!InTransaction)
        {
            _transactionStart = index;
            _transactionFirst = statement;
            _prefixAtTransactionStart = CurrentPrefix();
            text = _sql.BeginSql + ";\n" + text;
        }

        AddToPrefix(statement);
        _appliedLines.Add(statement.Line);
        _lastEndLine = statement.EndLine;
        if (next == null)
        {
            // The last row changes, the version row and the end of the progress row commit together.
            await MoveVersionAsync(step, text + "\n;\n" + _sql.MoveVersionSql(versionTable, step.From, step.To, versionTable.Audit?.Of(step, success: true)), cancellationToken).ConfigureAwait(false);
            _completed = true;
            return;
        }

        await run.ExecuteAsync(text, cancellationToken).ConfigureAwait(false);

        // The transaction ends before a statement that cannot run in one, or after a bounded number of row changes.
        if (!_sql.RunsInTransaction(next) || index + 1 - _transactionStart >= MaxStatementsPerTransaction)
        {
            await CommitAsync(step, next, index + 1, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Commits the open transaction with the progress that says the statements before <paramref name="next"/> are applied.</summary>
    private async Task CommitAsync(MigrationStep step, SqlStatement next, int index, CancellationToken cancellationToken)
    {
        await run.ExecuteAsync(_sql.SaveSql(Progress(step, next, index, inFlight: false)) + ";\n" + _sql.CommitSql, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// The progress row saying the statements before <paramref name="statement"/> (number <paramref name="index"/> + 1)
    /// are applied and, when in flight, that it started.
    /// </summary>
    private StepProgress Progress(MigrationStep step, SqlStatement statement, int index, bool inFlight, string? prefix = null) =>
        new(versionTable.RepositoryId, step.From, step.To, step.Script.Name.FileName, index + 1, statement.Line,
            prefix ?? CurrentPrefix(), StatementHashes.Of(statement.Text), inFlight);

    /// <summary>The fingerprint of the statements added so far (<see cref="StatementHashes.OfPrefix"/>, computed as they run).</summary>
    private string CurrentPrefix() => Convert.ToHexStringLower(_prefix.GetCurrentHash());

    private void AddToPrefix(SqlStatement statement) => _prefix.AppendData(Encoding.ASCII.GetBytes(StatementHashes.Of(statement.Text)));

    private string Outcome(MigrationStep step, bool recorded)
    {
        string from = N(step.From);
        int applied = _appliedLines.Count;
        if (applied == 0)
        {
            return "no statement of " + step.Name + " was applied; the database is still at version " + from + ".";
        }

        // A data script may have applied thousands: name the lines of a few, the range of many.
        string lines = applied <= 10 ? string.Join(", ", _appliedLines.Select(l => N(l))) : N(_appliedLines[0]) + "-" + N(_appliedLines[^1]);
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
