using DbSync.MySql.Driver;

namespace DbSync.MySql.Cluster;

/// <summary>
/// Error 1213 (ER_LOCK_DEADLOCK): on a Galera node also what a commit gets when certification finds that another node
/// committed a conflicting write first. DbSync's own short writes (the lease row) are retried on it.
/// </summary>
internal static class ClusterConflict
{
    public const int Deadlock = 1213;

    private const int Attempts = 8;

    public static bool Is(Exception exception) => MySqlDriver.ServerErrorNumber(exception) == Deadlock;

    /// <summary>Runs <paramref name="write"/>, again after a short random pause while it fails with 1213; the last failure is thrown.</summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await write().ConfigureAwait(false);
            }
            catch (Exception e) when (Is(e) && attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
