using System.Data.Common;
using System.Diagnostics;
using System.Globalization;

namespace DbSync.MySql.Cluster;

/// <summary>
/// Renews a held lease every third of its length from a connection of its own, so a DDL statement that runs longer than
/// the lease on the run's connection does not let it expire (certification of the renewal is not held up by the
/// statement). When a renewal finds the lease taken by another run, or none succeeds for a whole lease, the lease is
/// lost: <see cref="LostReason"/> says why, and the run stops before its next version (DBS119).
/// </summary>
internal sealed class LeaseHeartbeat : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly string _name;
    private readonly string _holder;
    private readonly TimeSpan _lease;
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _sinceRenewed = Stopwatch.StartNew();
    private Task _loop = Task.CompletedTask;

    private LeaseHeartbeat(DbConnection connection, string name, string holder, TimeSpan lease)
    {
        _connection = connection;
        _name = name;
        _holder = holder;
        _lease = lease;
    }

    /// <summary>Why the lease is no longer this run's, or null while it is.</summary>
    public string? LostReason { get; private set; }

    /// <summary>The heartbeat's own connection, open until disposed: the lease is released through it when the run's connection is gone.</summary>
    public DbConnection Connection => _connection;

    public static LeaseHeartbeat Start(DbConnection connection, string name, string holder, TimeSpan lease)
    {
        var heartbeat = new LeaseHeartbeat(connection, name, holder, lease);
        heartbeat._loop = Task.Run(heartbeat.RunAsync);
        return heartbeat;
    }

    private async Task RunAsync()
    {
        TimeSpan every = _lease / 3;
        while (LostReason == null)
        {
            try
            {
                await Task.Delay(every, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                if (!await LeaseTable.RenewAsync(_connection, _name, _holder, _lease, _stop.Token).ConfigureAwait(false))
                {
                    var (holder, _) = await LeaseTable.ReadAsync(_connection, _name, _stop.Token).ConfigureAwait(false);
                    LostReason = "it expired and " + (holder ?? "another run") + " took it over";
                    return;
                }

                _sinceRenewed.Restart();
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or IOException)
            {
                if (_sinceRenewed.Elapsed >= _lease)
                {
                    LostReason = "it could not be renewed for " + _sinceRenewed.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)
                        + " s (" + MySqlFailure.Describe(e) + ")";
                    return;
                }
            }
        }
    }

    /// <summary>Stops renewing; the connection stays open for the release until <see cref="DisposeAsync"/>.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stop.Dispose();
        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}
