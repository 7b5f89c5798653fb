using System.Data.Common;

namespace DbSync.MySql.Cluster;

/// <summary>
/// Whether a connection reached a Galera node (MariaDB Galera Cluster, Percona XtraDB Cluster): <c>wsrep_on</c> is ON.
/// There the session reads with <c>wsrep_sync_wait</c> (bit 1: reads wait until the node has applied what the cluster
/// committed before them), so a lagging node never shows a stale version row.
/// </summary>
internal static class GaleraNode
{
    public static async Task<bool> PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (var probe = MySqlCommands.Create(connection, "SHOW VARIABLES LIKE 'wsrep_on'", null))
        {
            await using var reader = await probe.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                || !string.Equals(Convert.ToString(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), "ON", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        await using var syncWait = MySqlCommands.Create(connection, "SET SESSION wsrep_sync_wait = @@wsrep_sync_wait | 1", null);
        await syncWait.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
