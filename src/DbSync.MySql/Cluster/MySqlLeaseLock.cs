using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using DbSync.Core.Errors;
using DbSync.Migrations;

namespace DbSync.MySql.Cluster;

/// <summary>
/// The run lock on a multi-primary cluster (Galera, Percona XtraDB Cluster), where GET_LOCK is node-local: a lease row
/// in <see cref="LeaseTable"/>, taken by one autocommitted conditional UPDATE that certification orders cluster-wide,
/// renewed by a <see cref="LeaseHeartbeat"/> and released when the run ends. A run killed while holding it blocks the
/// next ones for at most the lease (--lock-lease); a waiting run says who holds it and until when.
/// </summary>
internal sealed class MySqlLeaseLock : IAsyncDisposable
{
    private static readonly TimeSpan MaxPoll = TimeSpan.FromSeconds(1);

    private readonly DbConnection _connection;
    private readonly LeaseHeartbeat _heartbeat;

    private MySqlLeaseLock(DbConnection connection, string name, string holder, LeaseHeartbeat heartbeat)
    {
        _connection = connection;
        Name = name;
        Holder = holder;
        _heartbeat = heartbeat;
    }

    public string Name { get; }

    /// <summary>This run, as the lease row names it.</summary>
    public string Holder { get; }

    /// <summary>Why this run no longer holds the lease, or null while it does.</summary>
    public string? LostReason => _heartbeat.LostReason;

    /// <summary>
    /// Takes the lease on <paramref name="connection"/>'s database, polling while another run holds it, at most
    /// <paramref name="timeout"/> (DBS105). <paramref name="openHeartbeat"/> opens the renewing connection. A driver
    /// failure is the caller's to wrap.
    /// </summary>
    public static async Task<MySqlLeaseLock> AcquireAsync(DbConnection connection, Func<CancellationToken, Task<DbConnection>> openHeartbeat, string repositoryId,
        TimeSpan lease, TimeSpan timeout, IMigrationObserver observer, CancellationToken cancellationToken)
    {
        string name = MySqlRunLock.NameFor(connection.Database, repositoryId);
        string holder = LeaseHolder.ForThisRun();
        await LeaseTable.EnsureRowAsync(connection, name, cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        TimeSpan poll = TimeSpan.FromMilliseconds(100);
        string? reported = null;
        while (!await LeaseTable.TryTakeAsync(connection, name, holder, lease, cancellationToken).ConfigureAwait(false))
        {
            var (other, until) = await LeaseTable.ReadAsync(connection, name, cancellationToken).ConfigureAwait(false);
            if (other != null && other != reported)
            {
                observer.Warning("waiting for the lease '" + name + "': " + other + " is migrating this database and holds it until " + LeaseTable.Utc(until)
                    + " (renewed while it runs; waiting up to " + Seconds(timeout) + " s, --lock-timeout sets it)");
                reported = other;
            }

            if (clock.Elapsed >= timeout)
            {
                throw new DbSyncException(ErrorCodes.LockTimeout, "another run holds the lease '" + name + "' in " + LeaseTable.TableName + " and did not finish within "
                    + Seconds(timeout) + " s: " + (other ?? "another run") + ", until " + LeaseTable.Utc(until) + "; wait for it and retry, or give --lock-timeout SECONDS");
            }

            await Task.Delay(poll + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 50)), cancellationToken).ConfigureAwait(false);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, MaxPoll.Ticks));
        }

        var (previous, expired) = await LeaseTable.ReadPreviousAsync(connection, name, cancellationToken).ConfigureAwait(false);
        if (previous != null)
        {
            observer.Warning("took over the lease '" + name + "' of " + previous + ", which expired at " + LeaseTable.Utc(expired)
                + " without being released (a run that was killed or lost its connection); a version it left half-applied is resumed");
        }

        DbConnection heartbeatConnection;
        try
        {
            heartbeatConnection = await openHeartbeat(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ReleaseQuietlyAsync(connection, name, holder).ConfigureAwait(false);
            throw;
        }

        return new MySqlLeaseLock(connection, name, holder, LeaseHeartbeat.Start(heartbeatConnection, name, holder, lease));
    }

    /// <summary>The stop before a version once the lease is lost: another run may be migrating now.</summary>
    public void ThrowIfLost()
    {
        if (LostReason is { } reason)
        {
            throw new DbSyncException(ErrorCodes.LeaseLost, "this run lost the lease '" + Name + "' in " + LeaseTable.TableName + ": " + reason
                + "; it stopped before its next version, as another run may be migrating this database now. Rerun it: the versions done are kept,"
                + " and a longer --lock-lease covers longer stalls");
        }
    }

    /// <summary>
    /// Stops the renewals and frees the lease on the heartbeat's connection, which is never inside a transaction (the
    /// run's may be, after a failure), else on the run's. Every commit of the run returned before, so the release
    /// follows them in the cluster's order.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await _heartbeat.StopAsync().ConfigureAwait(false);
        if (!await ReleaseQuietlyAsync(_heartbeat.Connection, Name, Holder).ConfigureAwait(false) && _connection.State == ConnectionState.Open)
        {
            await ReleaseQuietlyAsync(_connection, Name, Holder).ConfigureAwait(false);
        }

        await _heartbeat.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<bool> ReleaseQuietlyAsync(DbConnection connection, string name, string holder)
    {
        try
        {
            await LeaseTable.ReleaseAsync(connection, name, holder, CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException)
        {
            // Not released: it expires after the lease.
            return false;
        }
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
