using System.Globalization;
using DbSync.Core.Repository;
using DbSync.Dialects;
using DbSync.Versioning;

namespace DbSync.Migrations;

/// <summary>
/// Writes the SQL a run would send, for the database's own client (Alembic's <c>--sql</c>, EF Core's
/// <c>migrations script</c>): per version a comment naming it and its script, its statements, and the version-row
/// update, in one transaction where the dialect's DDL is transactional. The dialect supplies quoting, the transaction
/// and the delimiter a statement needs (<see cref="OfflineScriptSyntax"/>); the engine knows no dialect by name.
/// Where the dialect keeps an audit trail (<paramref name="history"/>), the script creates its table and each version
/// records its row after the version-row update, as a run does: the client's run leaves the same trail.
/// </summary>
internal sealed class OfflineScriptWriter(OfflineScriptSyntax syntax, VersionTableSql versionTable, TextWriter output,
    HistorySql? history = null, Func<MigrationStep, HistoryRecord>? record = null)
{
    /// <summary>The script's header comment and the dialect's preamble (e.g. the connection's character set).</summary>
    public async Task WriteHeaderAsync(IEnumerable<string> comment, CancellationToken cancellationToken)
    {
        foreach (string line in comment)
        {
            await LineAsync("-- " + line, cancellationToken).ConfigureAwait(false);
        }

        foreach (string statement in syntax.Preamble)
        {
            await StatementAsync(statement, cancellationToken).ConfigureAwait(false);
        }

        if (history != null)
        {
            await LineAsync(string.Empty, cancellationToken).ConfigureAwait(false);
            await LineAsync("-- DbSync's audit trail (" + HistorySql.TableName + "): one row per version, as a run records it.", cancellationToken).ConfigureAwait(false);
            await StatementAsync(history.CreateTableSql, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What a run does to a database without a version row: the version table (if missing) and the row at <paramref name="initial"/>.</summary>
    public async Task WriteVersionControlAsync(long initial, CancellationToken cancellationToken)
    {
        await LineAsync(string.Empty, cancellationToken).ConfigureAwait(false);
        await LineAsync("-- Put the database under version control at version " + N(initial) + ".", cancellationToken).ConfigureAwait(false);
        await InTransactionAsync(syntax.TransactionalDdl, async () =>
        {
            await StatementAsync(versionTable.Create(), cancellationToken).ConfigureAwait(false);
            await StatementAsync(versionTable.Insert(initial), cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One version: its comment header, its statements as the planner split them, and the version-row update.</summary>
    public async Task WriteStepAsync(MigrationStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        await LineAsync(string.Empty, cancellationToken).ConfigureAwait(false);
        await LineAsync("-- " + (step.Operation == ScriptOperation.Upgrade ? "Version " + N(step.To) : "Downgrade of version " + N(step.From))
            + " (" + N(step.From) + " -> " + N(step.To) + "): " + step.Script.Name.FileName, cancellationToken).ConfigureAwait(false);
        await InTransactionAsync(syntax.RunsInTransaction(step), async () =>
        {
            foreach (var statement in step.Statements.Read())
            {
                await StatementAsync(statement.Text, cancellationToken).ConfigureAwait(false);
            }

            await StatementAsync(versionTable.Update(step.From, step.To), cancellationToken).ConfigureAwait(false);
            if (history != null && record != null)
            {
                // Timed by the database as the client runs it; no duration, user or host (the client's run is not DbSync's).
                await StatementAsync(history.Insert(record(step), history.UtcNowSql), cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task InTransactionAsync(bool inTransaction, Func<Task> body, CancellationToken cancellationToken)
    {
        if (inTransaction)
        {
            await StatementAsync(syntax.BeginTransaction, cancellationToken).ConfigureAwait(false);
        }

        await body().ConfigureAwait(false);
        if (inTransaction)
        {
            await StatementAsync(syntax.CommitTransaction, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A statement and its terminator, under a delimiter of its own where its body holds ';'.</summary>
    private async Task StatementAsync(string text, CancellationToken cancellationToken)
    {
        if (syntax.DelimiterFor(text) is { } delimiter)
        {
            await LineAsync(syntax.DelimiterCommand(delimiter), cancellationToken).ConfigureAwait(false);
            await LineAsync(text, cancellationToken).ConfigureAwait(false);
            await LineAsync(delimiter, cancellationToken).ConfigureAwait(false);
            await LineAsync(syntax.DelimiterCommand(";"), cancellationToken).ConfigureAwait(false);
            return;
        }

        // A statement whose last line ends in a comment would swallow a ';' written after it.
        int lastLine = text.LastIndexOf('\n') + 1;
        bool comment = text.IndexOf("--", lastLine, StringComparison.Ordinal) >= 0 || text.IndexOf('#', lastLine) >= 0;
        await LineAsync(text + (comment ? "\n;" : ";"), cancellationToken).ConfigureAwait(false);
    }

    private Task LineAsync(string line, CancellationToken cancellationToken) =>
        output.WriteLineAsync(line.AsMemory(), cancellationToken);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
