using System.Globalization;
using DbSync.Core.Errors;
using DbSync.Dialects;
using DbSync.Migrations;
using DbSync.Versioning;
using Microsoft.Data.Sqlite;

namespace DbSync.Sqlite;

/// <summary>
/// An SQLite connection. Each version runs in one write transaction (BEGIN IMMEDIATE, the driver's default)
/// together with its version-row update: a failed version leaves nothing behind, and the write lock taken at BEGIN
/// makes concurrent runs apply each version once, so no run lock is needed.
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection) : DatabaseSession(connection)
{
    private bool _saidWaiting;

    public override async Task<IReadOnlyList<string>> GetTableNamesAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            + " AND name <> '" + SqliteHistorySql.TableName + "' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public override string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// BEGIN IMMEDIATE takes the write lock at once; while another process writes (another run, an open sqlite3 shell),
    /// it waits, saying so once after a second, for at most <see cref="DatabaseSession.LockTimeout"/>.
    /// </summary>
    public override async Task<IStepScope> BeginStepAsync(VersionTable versionTable, CancellationToken cancellationToken)
    {
        if (!_saidWaiting)
        {
            try
            {
                return await BeginAsync(versionTable, TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException e) when (IsBusy(e))
            {
                _saidWaiting = true;
                Observer.Warning("waiting for another process that is writing to " + connection.DataSource + " (another run, or an open sqlite3 session)"
                    + " for up to " + Seconds(LockTimeout) + " s (--lock-timeout sets it)");
            }
        }

        try
        {
            return await BeginAsync(versionTable, LockTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e) when (IsBusy(e))
        {
            throw new DbSyncException(ErrorCodes.LockTimeout, "the SQLite database " + connection.DataSource + " stayed locked by another process for "
                + Seconds(LockTimeout) + " s; wait for it (another run, or an open sqlite3 session) and retry, or give --lock-timeout SECONDS", null, e);
        }
    }

    public override string FailureCode(Exception exception) => exception is SqliteException e && IsBusy(e) ? ErrorCodes.LockTimeout : base.FailureCode(exception);

    private async Task<IStepScope> BeginAsync(VersionTable versionTable, TimeSpan wait, CancellationToken cancellationToken)
    {
        // Both the driver's retry loop and the engine's busy handler wait on SQLITE_BUSY: bound both.
        int seconds = (int)Math.Clamp(Math.Ceiling(wait.TotalSeconds), 1, int.MaxValue / 1000);
        connection.DefaultTimeout = seconds;
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout = " + (seconds * 1000).ToString(CultureInfo.InvariantCulture);
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await TransactionalStepScope.BeginAsync(connection, versionTable, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>SQLITE_BUSY (5) or SQLITE_LOCKED (6): another connection holds the lock.</summary>
    private static bool IsBusy(SqliteException e) => e.SqliteErrorCode is 5 or 6;

    private static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
