namespace DbSync.MySql;

/// <summary>
/// Which run lock a MySQL/MariaDB session takes (the URL's <c>lock_mode</c>): GET_LOCK is node-local on a multi-primary
/// cluster, so there a lease row ordered by the cluster's replication is the lock (docs/clusters.md).
/// </summary>
public enum MySqlLockMode
{
    /// <summary><c>lock_mode=auto</c>, the default: the lease on a Galera node (<c>wsrep_on</c>), GET_LOCK elsewhere.</summary>
    Auto,

    /// <summary><c>lock_mode=lease</c>: the lease whatever the server says, for other multi-primary setups.</summary>
    Lease,
}
