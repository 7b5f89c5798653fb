using System.Diagnostics;
using DbSync.Core.Sql;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Versioning;
using Microsoft.Data.Sqlite;

namespace DbSync.Dialects.Sqlite;

/// <summary>
/// SQLite runs each version in one write transaction (BEGIN IMMEDIATE) together with its version-row update, and
/// re-reads the version inside it, so a failed version leaves nothing behind and concurrent runs apply it once.
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection) : DatabaseSession(connection)
{
    private readonly SqliteConnection _connection = connection;

    public override async Task<IReadOnlyList<string>> GetTableNamesAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public override string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public override async Task<MigrationStep?> RunNextStepAsync(VersionTable versionTable, Func<long, MigrationStep?> planNext,
        IMigrationObserver observer, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE: takes the write lock now, so the version read below cannot go stale before the commit.
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        long current = await versionTable.ReadAsync(transaction, cancellationToken).ConfigureAwait(false)
            ?? throw new DbSyncException("the version row of '" + versionTable.RepositoryId + "' disappeared from " + versionTable.TableName + " during the run");
        MigrationStep? step = planNext(current);
        if (step == null)
        {
            return null;
        }

        observer.StepStarting(step);
        var clock = Stopwatch.StartNew();
        foreach (SqlStatement statement in step.Statements)
        {
            await using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement.Text;
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException e)
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                throw new StatementFailedException(step.Script.Path, statement.Line, statement.Text, e.Message,
                    "nothing of version " + step.To + " was applied; the database is still at version " + step.From + ".", e);
            }
        }

        await versionTable.UpdateAsync(step.From, step.To, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        observer.StepCompleted(step, clock.Elapsed);
        return step;
    }
}
