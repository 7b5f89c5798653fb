using System.Data;
using System.Data.Common;
using System.Globalization;
using DbSync.Core.Errors;
using DbSync.Core.Sql;
using DbSync.Migrations;
using DbSync.MySql.Driver;
using DbSync.MySql.Resumption;
using DbSync.Versioning;

namespace DbSync.MySql;

/// <summary>
/// MySQL/MariaDB commits each DDL statement on its own, so a version cannot be made atomic. Instead statements run
/// one round trip each, as the mysql client sends them, under the run's GET_LOCK; the version row moves once the
/// version completes, and a final INSERT/UPDATE/DELETE commits in one transaction with it. When a statement fails,
/// the ones of its version that completed are recorded in <see cref="StatementLog"/>, and a rerun resumes at the
/// failed statement. Recording at the failure, not after each statement, keeps a version's commits to those of its
/// own statements (a durable log row costs a commit, ~0.65 ms here, +30% on the reference workload).
/// </summary>
internal sealed class MySqlStepScope(MySqlSession session, VersionTable versionTable) : IStepScope
{
    /// <summary>Server errors saying the statement's object is already there: table, column, index, key, routine, trigger, foreign key.</summary>
    private static readonly HashSet<int> AlreadyExistsErrors = [1050, 1060, 1061, 1062, 1304, 1359, 1826];

    private IncompleteVersion? _pending;
    private int _resumedAt;
    private bool _lastIsDml;
    private bool _inTransaction;
    private bool _completed;

    public async Task<long> ReadVersionAsync(CancellationToken cancellationToken)
    {
        if (session.KnownVersion is { } known && known.Table == versionTable.TableName && known.RepositoryId == versionTable.RepositoryId)
        {
            return known.Version;
        }

        long? version = null;
        await session.GuardAsync("reading " + versionTable.TableName, async () =>
            version = await versionTable.ReadAsync(null, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        return version ?? throw new DbSyncException(ErrorCodes.ConcurrentChange, "the version row of '" + versionTable.RepositoryId + "' disappeared from "
            + versionTable.TableName + " during the run; another process removed it. Run 'dotnet dbsync version' and retry.");
    }

    public async Task<int> ResumeAtAsync(MigrationStep step, IMigrationObserver observer, CancellationToken cancellationToken)
    {
        _pending = await ReadIncompleteVersionAsync(versionTable.RepositoryId, step.From, cancellationToken).ConfigureAwait(false);
        _resumedAt = _pending?.ResumeIndexFor(step) ?? 0;
        if (_resumedAt > 0)
        {
            observer.Warning(step.Script.Name.FileName + ": resuming at statement " + N(_resumedAt + 1)
                + (_resumedAt < step.Statements.Count ? " (line " + N(step.Statements[_resumedAt].Line) + ")" : string.Empty)
                + "; " + _pending!.Applied() + StatementRange.Were(_pending.Statements.Count) + " applied by an earlier run");
        }

        int last = step.Statements.Count - 1;
        _lastIsDml = last >= _resumedAt && IsTransactionalDml(step.Statements[last].Text);
        session.KnownVersion = null;
        return _resumedAt;
    }

    public async Task ExecuteAsync(MigrationStep step, int index, CancellationToken cancellationToken)
    {
        SqlStatement statement = step.Statements[index];
        if (index < step.Statements.Count - 1 || !_lastIsDml)
        {
            await ExecuteAsync(statement.Text, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The version row moves, and the log of an earlier run's attempt goes, in one transaction with this final
        // INSERT/UPDATE/DELETE, so nothing of such a version is committed without its version row.
        _inTransaction = true;
        long moved = await ScalarAsync("START TRANSACTION;\n" + statement.Text + "\n;\n" + MoveVersionSql(step), cancellationToken).ConfigureAwait(false);
        _inTransaction = false;
        await session.GuardAsync("recording version " + N(step.To) + " in " + versionTable.TableName,
            () => ExecuteAsync(moved == 1 ? "COMMIT" : "ROLLBACK", cancellationToken)).ConfigureAwait(false);
        CheckMoved(moved, step);
        _completed = true;
    }

    public async Task CompleteAsync(MigrationStep step, CancellationToken cancellationToken)
    {
        if (!_completed)
        {
            long moved = 0;
            await session.GuardAsync("recording version " + N(step.To) + " in " + versionTable.TableName, async () =>
                moved = await ScalarAsync("START TRANSACTION;\n" + MoveVersionSql(step) + ";\nCOMMIT", cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            CheckMoved(moved, step);
        }

        session.KnownVersion = (versionTable.TableName, versionTable.RepositoryId, step.To);
    }

    /// <summary>
    /// Statement <paramref name="index"/> failed: roll back its transaction, record the statements of the version that
    /// completed before it (so a rerun resumes at it), and say all that.
    /// </summary>
    public async Task<string> FailAsync(MigrationStep step, int index, Exception exception, CancellationToken cancellationToken)
    {
        bool connectionLost = session.Connection.State != ConnectionState.Open;
        if (_inTransaction && !connectionLost)
        {
            try
            {
                await ExecuteAsync("ROLLBACK", CancellationToken.None).ConfigureAwait(false);
            }
            catch (DbException)
            {
                // The failure being reported matters more than this one.
            }
        }

        string? notRecorded = null;
        if (index > _resumedAt)
        {
            if (connectionLost)
            {
                notRecorded = "the connection was lost";
            }
            else
            {
                try
                {
                    session.LogTouched = true;
                    await session.Log.RecordAsync(versionTable.RepositoryId, step, _resumedAt, index, cancellationToken).ConfigureAwait(false);
                }
                catch (DbException e)
                {
                    notRecorded = CredentialScrubber.Scrub(e.Message, session.Settings.Password);
                }
            }
        }

        return Outcome(step, index, exception, notRecorded, connectionLost);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Outcome(MigrationStep step, int index, Exception exception, string? notRecorded, bool connectionLost)
    {
        var applied = step.Statements.Take(index).Select(s => s.Line).ToList();
        string stepName = step.Name;
        string from = N(step.From);
        string to = N(step.To);
        string outcome;
        if (applied.Count == 0)
        {
            outcome = "no statement of " + stepName + " was applied; the database is still at version " + from + ".";
        }
        else if (notRecorded == null)
        {
            outcome = StatementRange.Describe(applied, stepName) + StatementRange.Were(applied.Count) + " applied and recorded; the database is still at version "
                + from + ". Fix the failing statement and rerun to resume at it, or repair the schema by hand and record the version with 'dotnet dbsync stamp --revision "
                + to + "'.";
        }
        else
        {
            outcome = StatementRange.Describe(applied, stepName) + StatementRange.Were(applied.Count) + " applied but could not be recorded (" + notRecorded
                + "); the database is still at version " + from + ". A rerun starts this version from its first statement: repair the schema by hand and record the version with 'dotnet dbsync stamp --revision "
                + to + "'.";
        }

        if (index == _resumedAt && MySqlDriver.ServerErrorNumber(exception) is { } number && AlreadyExistsErrors.Contains(number))
        {
            // Nothing recorded, yet the object is there: typically a run killed in the middle of this version earlier.
            outcome += " If an earlier run was stopped in the middle of " + stepName + ", it may have applied this statement and the ones before it:"
                + " check the schema, finish the version by hand and record it with 'dotnet dbsync stamp --revision " + to + "'.";
        }

        if (connectionLost)
        {
            outcome += " The connection was lost, so statement " + N(index + 1) + " itself may have been applied too.";
        }

        return outcome;
    }

    /// <summary>
    /// sqlalchemy-migrate's version-row update (as <see cref="VersionTable.UpdateAsync"/>), then the log's cleanup only if
    /// the row did move, ending in a SELECT of how many rows moved, so the check costs no extra round trip.
    /// </summary>
    private string MoveVersionSql(MigrationStep step)
    {
        string id = MySqlCommands.Literal(versionTable.RepositoryId);
        return "UPDATE " + session.QuoteIdentifier(versionTable.TableName) + " SET version = " + N(step.To)
            + " WHERE repository_id = " + id + " AND version = " + N(step.From) + ";\n"
            + "SET @dbsync_moved = ROW_COUNT();\n"
            + (_pending != null ? StatementLog.ClearSql(versionTable.RepositoryId) + " AND @dbsync_moved = 1;\n" : string.Empty)
            + "SELECT @dbsync_moved";
    }

    private void CheckMoved(long moved, MigrationStep step)
    {
        if (moved != 1)
        {
            throw new DbSyncException(ErrorCodes.ConcurrentChange, "the version row of '" + versionTable.RepositoryId + "' in " + versionTable.TableName
                + " is no longer at version " + N(step.From) + "; another process changed it. Run 'dotnet dbsync version' and retry.");
        }
    }

    /// <summary>The first value of the batch's last result set: a statement before it may return rows too (INSERT ... RETURNING).</summary>
    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = MySqlCommands.Create(session.Connection, sql, null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
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

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = MySqlCommands.Create(session.Connection, sql, null);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The log of a half-applied version, read once per run (afterwards only this run, holding the lock, writes it).
    /// Rows of a version the version row already passed are left-overs of a run stopped between the two commits.
    /// </summary>
    private async Task<IncompleteVersion?> ReadIncompleteVersionAsync(string repositoryId, long current, CancellationToken cancellationToken)
    {
        if (session.LogReadFor == repositoryId)
        {
            return null;
        }

        IncompleteVersion? pending = null;
        await session.GuardAsync("reading " + StatementLog.TableName, async () =>
        {
            pending = await session.Log.ReadAsync(repositoryId, cancellationToken).ConfigureAwait(false);
            session.LogTouched |= pending != null;
            if (pending != null && pending.To == current)
            {
                await session.Log.ClearAsync(repositoryId, null, cancellationToken).ConfigureAwait(false);
                pending = null;
            }
        }).ConfigureAwait(false);
        session.LogReadFor = repositoryId;
        return pending;
    }

    /// <summary>Statements that change rows only, so a final one can commit atomically with the version row.</summary>
    private static bool IsTransactionalDml(string text)
    {
        int end = 0;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(0, end) is var word
            && (word.Equals("INSERT", StringComparison.OrdinalIgnoreCase) || word.Equals("UPDATE", StringComparison.OrdinalIgnoreCase)
                || word.Equals("DELETE", StringComparison.OrdinalIgnoreCase) || word.Equals("REPLACE", StringComparison.OrdinalIgnoreCase));
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
