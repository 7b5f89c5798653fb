using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using DbSync.Core.Sql;
using DbSync.Dialects;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.MySql.Driver;
using DbSync.MySql.Resumption;
using DbSync.Versioning;

namespace DbSync.MySql;

/// <summary>
/// MySQL/MariaDB commits each DDL statement on its own, so a version cannot be made atomic. Instead: the run holds
/// GET_LOCK('dbsync:&lt;repository_id&gt;'); statements run one round trip each, as the mysql client sends them; the
/// version row moves once the version completes (with a final INSERT/UPDATE/DELETE, in its transaction). When a
/// statement fails, the ones of its version that completed are recorded in <see cref="StatementLog"/>, and a rerun
/// resumes at the failed statement. Recording at the failure, not after each statement, keeps a version's commits
/// to those of its own statements (a durable log row costs a commit, ~0.65 ms here, +30% on the reference workload);
/// the price is that a run killed mid-version leaves no record, and its rerun starts that version over.
/// </summary>
internal sealed class MySqlSession(DbConnection connection, MySqlConnectionSettings settings, TimeSpan runLockTimeout) : DatabaseSession(connection)
{
    /// <summary>Server errors saying the statement's object is already there: table, column, index, key, routine, trigger, foreign key.</summary>
    private static readonly HashSet<int> AlreadyExistsErrors = [1050, 1060, 1061, 1062, 1304, 1359, 1826];

    private readonly DbConnection _connection = connection;
    private readonly StatementLog _log = new(connection);

    /// <summary>The repository whose statement log this run already read: after that, only this run writes it.</summary>
    private string? _logReadFor;

    /// <summary>Whether this run wrote, read or cleared statement log rows, so the table may be left empty at the end.</summary>
    private bool _logTouched;

    /// <summary>The version this run last moved the row to, valid while it holds the run lock.</summary>
    private (string Table, string RepositoryId, long Version)? _knownVersion;

    public override async Task<IReadOnlyList<string>> GetTableNamesAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await Guard("reading the table list", async () =>
        {
            await using var command = MySqlCommands.Create(_connection,
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
                + " AND TABLE_NAME <> '" + StatementLog.TableName + "' ORDER BY TABLE_NAME", null);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                names.Add(reader.GetString(0));
            }
        }).ConfigureAwait(false);
        return names;
    }

    public override string QuoteIdentifier(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    public override async Task<IAsyncDisposable> AcquireRunLockAsync(string repositoryId, CancellationToken cancellationToken) =>
        await MySqlRunLock.AcquireAsync(_connection, repositoryId, runLockTimeout, DropEmptyLogAsync, settings.Password, cancellationToken).ConfigureAwait(false);

    public override async Task CheckSchemaSanityAsync(IReadOnlyCollection<string> ignoredTables, CancellationToken cancellationToken) =>
        await Guard("checking the schema's collations and engines", () =>
            SchemaSanityCheck.RunAsync(_connection, [.. ignoredTables, StatementLog.TableName], cancellationToken)).ConfigureAwait(false);

    public override Task ForgetIncompleteVersionAsync(string repositoryId, DbTransaction transaction, CancellationToken cancellationToken)
    {
        _logTouched = true;
        return Guard("clearing " + StatementLog.TableName, () => _log.ClearAsync(repositoryId, transaction, cancellationToken));
    }

    public override async Task<MigrationStep?> RunNextStepAsync(VersionTable versionTable, Func<long, MigrationStep?> planNext,
        IMigrationObserver observer, CancellationToken cancellationToken)
    {
        string repositoryId = versionTable.RepositoryId;
        long current = _knownVersion is { } known && known.Table == versionTable.TableName && known.RepositoryId == repositoryId
            ? known.Version
            : await ReadVersionAsync(versionTable, cancellationToken).ConfigureAwait(false);
        MigrationStep? step = planNext(current);
        if (step == null)
        {
            return null;
        }

        IncompleteVersion? pending = await ReadIncompleteVersionAsync(repositoryId, current, cancellationToken).ConfigureAwait(false);
        int resumeAt = pending?.ResumeIndexFor(step) ?? 0;
        bool logHasRows = pending != null;
        if (resumeAt > 0)
        {
            observer.Warning(step.Script.Name.FileName + ": resuming at statement " + (resumeAt + 1).ToString(CultureInfo.InvariantCulture)
                + (resumeAt < step.Statements.Count ? " (line " + step.Statements[resumeAt].Line.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty)
                + "; " + pending!.Applied() + StatementRange.Were(pending.Statements.Count) + " applied by an earlier run");
        }

        observer.StepStarting(step);
        var clock = Stopwatch.StartNew();
        _knownVersion = null;
        int last = step.Statements.Count - 1;
        bool lastIsDml = last >= resumeAt && IsTransactionalDml(step.Statements[last].Text);
        for (int i = resumeAt; i <= last; i++)
        {
            SqlStatement statement = step.Statements[i];
            if (i == last && lastIsDml)
            {
                // Runs in one transaction with the version row, below.
                break;
            }

            try
            {
                await ExecuteAsync(statement.Text, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or IOException)
            {
                throw await FailureAsync(repositoryId, step, i, resumeAt, e, transactional: false, cancellationToken).ConfigureAwait(false);
            }
        }

        // The version row moves, and the log of an earlier run's attempt goes, in one transaction; a final
        // INSERT/UPDATE/DELETE joins it, so nothing of such a version is committed without its version row.
        string move = MoveVersionSql(versionTable, step, logHasRows);
        if (lastIsDml)
        {
            long moved;
            try
            {
                moved = await ScalarAsync("START TRANSACTION;\n" + step.Statements[last].Text + "\n;\n" + move, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or IOException)
            {
                throw await FailureAsync(repositoryId, step, last, resumeAt, e, transactional: true, cancellationToken).ConfigureAwait(false);
            }

            await Guard("recording version " + step.To.ToString(CultureInfo.InvariantCulture) + " in " + versionTable.TableName,
                () => ExecuteAsync(moved == 1 ? "COMMIT" : "ROLLBACK", cancellationToken)).ConfigureAwait(false);
            CheckMoved(moved, versionTable, step);
        }
        else
        {
            long moved = 0;
            await Guard("recording version " + step.To.ToString(CultureInfo.InvariantCulture) + " in " + versionTable.TableName, async () =>
                moved = await ScalarAsync("START TRANSACTION;\n" + move + ";\nCOMMIT", cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            CheckMoved(moved, versionTable, step);
        }

        _knownVersion = (versionTable.TableName, repositoryId, step.To);
        observer.StepCompleted(step, clock.Elapsed);
        return step;
    }

    /// <summary>
    /// sqlalchemy-migrate's version-row update (as <see cref="VersionTable.UpdateAsync"/>), then the log's cleanup only if
    /// the row did move, ending in a SELECT of how many rows moved, so the check costs no extra round trip.
    /// </summary>
    private string MoveVersionSql(VersionTable versionTable, MigrationStep step, bool clearLog)
    {
        string id = MySqlCommands.Literal(versionTable.RepositoryId);
        return "UPDATE " + QuoteIdentifier(versionTable.TableName) + " SET version = " + step.To.ToString(CultureInfo.InvariantCulture)
            + " WHERE repository_id = " + id + " AND version = " + step.From.ToString(CultureInfo.InvariantCulture) + ";\n"
            + "SET @dbsync_moved = ROW_COUNT();\n"
            + (clearLog ? StatementLog.ClearSql(versionTable.RepositoryId) + " AND @dbsync_moved = 1;\n" : string.Empty)
            + "SELECT @dbsync_moved";
    }

    private static void CheckMoved(long moved, VersionTable versionTable, MigrationStep step)
    {
        if (moved != 1)
        {
            throw new DbSyncException("the version row of '" + versionTable.RepositoryId + "' in " + versionTable.TableName + " is no longer at version "
                + step.From.ToString(CultureInfo.InvariantCulture) + "; another process changed it. Run 'dotnet dbsync version' and retry.");
        }
    }

    /// <summary>The first value of the batch's last result set: a statement before it may return rows too (INSERT ... RETURNING).</summary>
    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = MySqlCommands.Create(_connection, sql, null);
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

    /// <summary>Run before the run lock is released: a run that left the statement log empty removes it.</summary>
    private async Task DropEmptyLogAsync()
    {
        if (_logTouched && _connection.State == ConnectionState.Open)
        {
            try
            {
                await _log.DropIfEmptyAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (DbException)
            {
                // Tidying only: an empty table left behind is harmless, and must not hide the run's own outcome.
            }
        }
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

    private async Task<long> ReadVersionAsync(VersionTable versionTable, CancellationToken cancellationToken)
    {
        long? version = null;
        await Guard("reading " + versionTable.TableName, async () =>
            version = await versionTable.ReadAsync(null, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        return version ?? throw new DbSyncException("the version row of '" + versionTable.RepositoryId + "' disappeared from "
            + versionTable.TableName + " during the run");
    }

    /// <summary>
    /// The log of a half-applied version, read once per run (afterwards only this run, holding the lock, writes it).
    /// Rows of a version the version row already passed are left-overs of a run stopped between the two commits.
    /// </summary>
    private async Task<IncompleteVersion?> ReadIncompleteVersionAsync(string repositoryId, long current, CancellationToken cancellationToken)
    {
        if (_logReadFor == repositoryId)
        {
            return null;
        }

        IncompleteVersion? pending = null;
        await Guard("reading " + StatementLog.TableName, async () =>
        {
            pending = await _log.ReadAsync(repositoryId, cancellationToken).ConfigureAwait(false);
            _logTouched |= pending != null;
            if (pending != null && pending.To == current)
            {
                await _log.ClearAsync(repositoryId, null, cancellationToken).ConfigureAwait(false);
                pending = null;
            }
        }).ConfigureAwait(false);
        _logReadFor = repositoryId;
        return pending;
    }

    /// <summary>
    /// Statement <paramref name="index"/> failed: roll back its transaction, record the statements of the version that
    /// completed before it (so a rerun resumes at it), and say all that in the error.
    /// </summary>
    private async Task<StatementFailedException> FailureAsync(string repositoryId, MigrationStep step, int index, int resumedAt, Exception exception, bool transactional,
        CancellationToken cancellationToken)
    {
        bool connectionLost = _connection.State != ConnectionState.Open;
        if (transactional && !connectionLost)
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
        if (index > resumedAt)
        {
            if (connectionLost)
            {
                notRecorded = "the connection was lost";
            }
            else
            {
                try
                {
                    _logTouched = true;
                    await _log.RecordAsync(repositoryId, step, resumedAt, index, cancellationToken).ConfigureAwait(false);
                }
                catch (DbException e)
                {
                    notRecorded = CredentialScrubber.Scrub(e.Message, settings.Password);
                }
            }
        }

        SqlStatement statement = step.Statements[index];
        var applied = step.Statements.Take(index).Select(s => s.Line).ToList();
        string stepName = StatementRange.StepName(step.From, step.To);
        string from = step.From.ToString(CultureInfo.InvariantCulture);
        string to = step.To.ToString(CultureInfo.InvariantCulture);
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

        if (index == resumedAt && MySqlDriver.ServerErrorNumber(exception) is { } number && AlreadyExistsErrors.Contains(number))
        {
            // Nothing recorded, yet the object is there: typically a run killed in the middle of this version earlier.
            outcome += " If an earlier run was stopped in the middle of " + stepName + ", it may have applied this statement and the ones before it:"
                + " check the schema, finish the version by hand and record it with 'dotnet dbsync stamp --revision " + to + "'.";
        }

        if (connectionLost)
        {
            outcome += " The connection was lost, so statement " + (index + 1).ToString(CultureInfo.InvariantCulture) + " itself may have been applied too.";
        }

        string message = CredentialScrubber.Scrub(MySqlFailure.WithoutAppendedSql(MySqlFailure.Describe(exception)), settings.Password);
        Exception inner = CredentialScrubber.SafeInner(exception, settings.Password) ?? new DbSyncException(message);
        return new StatementFailedException(step.Script.Path, statement.Line, statement.Text, message, outcome, inner);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = MySqlCommands.Create(_connection, sql, null);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs DbSync's own SQL, turning a driver failure into a message that names what was being done.</summary>
    private async Task Guard(string doing, Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException)
        {
            throw MySqlFailure.Wrap("MySQL server at " + settings.Endpoint + ", " + doing, e, settings.Password);
        }
    }
}
