using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DbSync.Core.Errors;
using DbSync.Migrations;
using DbSync.PostgreSql.Driver;

namespace DbSync.PostgreSql;

/// <summary>
/// The session advisory lock <c>pg_advisory_lock(key)</c>, key a stable 64-bit hash of 'dbsync:' + the repository id,
/// held by a run from start to end on a connection of its own, so concurrent runs take turns and each version is
/// applied once. The server releases it when that connection ends, so a killed run never blocks the next one.
/// A session lock belongs to one server process: through a pooler in transaction mode the next statement can reach
/// another one, which <see cref="VerifyAsync"/> detects by the backend pid.
/// </summary>
internal sealed class PostgreSqlRunLock : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly int _backendPid;

    private PostgreSqlRunLock(DbConnection connection, string name, long key, int backendPid)
    {
        _connection = connection;
        Name = name;
        Key = key;
        _backendPid = backendPid;
    }

    public string Name { get; }

    public long Key { get; }

    /// <summary>The first 8 bytes of SHA-256('dbsync:' + id), big-endian: the same key on every machine and version.</summary>
    public static long KeyFor(string repositoryId) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(NameFor(repositoryId))));

    public static string NameFor(string repositoryId) => "dbsync:" + repositoryId;

    /// <summary>
    /// Takes the lock on <paramref name="connection"/> (which the lock then owns): at once if it is free, else after
    /// saying once who holds it, waiting up to <paramref name="timeout"/> (lock_timeout) before DBS105.
    /// </summary>
    public static async Task<PostgreSqlRunLock> AcquireAsync(DbConnection connection, string repositoryId, TimeSpan timeout,
        IMigrationObserver observer, CancellationToken cancellationToken)
    {
        string name = NameFor(repositoryId);
        long key = KeyFor(repositoryId);
        string literal = key.ToString(CultureInfo.InvariantCulture);
        try
        {
            var (got, pid) = await LockRowAsync(connection, "SELECT pg_try_advisory_lock(" + literal + "), pg_backend_pid()", cancellationToken).ConfigureAwait(false);
            if (!got)
            {
                string holder = await HolderAsync(connection, key, cancellationToken).ConfigureAwait(false);
                observer.Warning("waiting for the run lock '" + name + "', held by " + holder + "; giving up after " + Seconds(timeout) + " s (--lock-timeout sets it)");
                try
                {
                    (_, pid) = await LockRowAsync(connection,
                        "SET lock_timeout = " + Math.Max(1, (long)timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)
                        + ";\nSELECT pg_advisory_lock(" + literal + ") IS NOT NULL, pg_backend_pid()", cancellationToken).ConfigureAwait(false);
                }
                catch (DbException e) when (PostgreSqlDriver.SqlState(e) == PostgreSqlDriver.LockNotAvailable)
                {
                    throw new DbSyncException(ErrorCodes.LockTimeout, "another run holds the lock '" + name + "' (" + holder + ") and did not finish within "
                        + Seconds(timeout) + " s; wait for it and retry, or give --lock-timeout SECONDS", null, e);
                }
            }

            var held = new PostgreSqlRunLock(connection, name, key, pid);
            await held.VerifyAsync(cancellationToken).ConfigureAwait(false);
            return held;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Fails unless the lock connection still reaches the server process that took the lock and that process holds
    /// it: a pooler in transaction mode (PgBouncer's pool_mode = transaction) hands each statement to any server process.
    /// </summary>
    public async Task VerifyAsync(CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(_connection,
            "SELECT pg_backend_pid(), EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid()"
            + " AND classid::bigint = " + High(Key) + " AND objid::bigint = " + Low(Key) + " AND objsubid = 1)");
        int pid;
        bool held;
        try
        {
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            pid = reader.GetInt32(0);
            held = reader.GetBoolean(1);
        }
        catch (Exception e) when (e is DbException or IOException || (e is InvalidOperationException && _connection.State != System.Data.ConnectionState.Open))
        {
            throw new DbSyncException(ErrorCodes.Database, "the run lock '" + Name + "' was lost with its connection (" + PostgreSqlDriver.Describe(e)
                + "): another run may hold it now, so this one stops. Run 'dotnet dbsync status' and upgrade again.", null, e);
        }

        if (pid != _backendPid || !held)
        {
            throw new DbSyncException(ErrorCodes.Database, "the run lock '" + Name + "' was taken by server process " + N(_backendPid)
                + (pid != _backendPid ? ", but the lock connection now reaches process " + N(pid) : ", which no longer holds it")
                + ": a connection pooler in transaction mode (e.g. PgBouncer pool_mode = transaction) is between DbSync and the server,"
                + " where session advisory locks and SET do not hold. Connect to the server directly or through a session-mode pool.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_connection.State == System.Data.ConnectionState.Open)
            {
                // Closing the connection releases it too; a session-mode pooler might keep the server connection open.
                await using DbCommand command = Command(_connection, "SELECT pg_advisory_unlock(" + Key.ToString(CultureInfo.InvariantCulture) + ")");
                await command.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (DbException)
        {
            // Closing the connection releases it anyway.
        }
        finally
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>"process 1234 (client 10.0.0.5, application 'dbsync', running since 2026-12-02 10:00:00+00)", from pg_locks and pg_stat_activity.</summary>
    private static async Task<string> HolderAsync(DbConnection connection, long key, CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(connection,
            "SELECT l.pid, COALESCE(host(a.client_addr), 'local socket'), COALESCE(a.application_name, ''), COALESCE(to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ'), '')"
            + " FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
            + " AND l.classid::bigint = " + High(key) + " AND l.objid::bigint = " + Low(key) + " AND l.objsubid = 1 LIMIT 1");
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return "another run (it has just released it)";
        }

        return "server process " + N(reader.GetInt32(0)) + " (client " + reader.GetString(1)
            + (reader.GetString(2).Length == 0 ? string.Empty : ", application '" + reader.GetString(2) + "'")
            + (reader.GetString(3).Length == 0 ? string.Empty : ", connected since " + reader.GetString(3)) + ")";
    }

    private static async Task<(bool Got, int Pid)> LockRowAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(connection, sql);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (reader.FieldCount == 0 && await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
        {
        }

        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetBoolean(0), reader.GetInt32(1));
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>pg_locks shows a bigint advisory key as classid (high 32 bits) and objid (low 32 bits), both unsigned.</summary>
    private static string High(long key) => ((ulong)key >> 32).ToString(CultureInfo.InvariantCulture);

    private static string Low(long key) => ((ulong)key & 0xFFFFFFFF).ToString(CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
