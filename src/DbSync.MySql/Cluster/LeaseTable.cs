using System.Data.Common;
using System.Globalization;
using DbSync.Data;

namespace DbSync.MySql.Cluster;

/// <summary>
/// The dbsync_lock table: one InnoDB row per lock name, replicated like any row. A run takes the lease with one
/// autocommitted conditional UPDATE (free, or expired), and only an UPDATE that matched a row took it: on Galera,
/// certification orders concurrent takers cluster-wide and the losers match nothing (or get error 1213). Row locks and
/// SELECT ... FOR UPDATE are node-local until commit, so they would exclude nothing. Times are the server's UTC clock.
/// </summary>
internal static class LeaseTable
{
    public const string TableName = "dbsync_lock";

    private const string CreateSql =
        "CREATE TABLE IF NOT EXISTS " + TableName + " ("
        + "name VARCHAR(64) NOT NULL, "
        + "holder VARCHAR(255) NULL, "
        + "taken_at DATETIME(6) NULL, "
        + "expires DATETIME(6) NULL, "
        + "previous_holder VARCHAR(255) NULL, "
        + "previous_expires DATETIME(6) NULL, "
        + "PRIMARY KEY (name)"
        + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

    /// <summary>The table and the lock's row, if missing; concurrent creators on several nodes are retried on 1213.</summary>
    public static async Task EnsureRowAsync(DbConnection connection, string name, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            // DDL is ordered cluster-wide (TOI): concurrent IF NOT EXISTS creators are fine.
            await ExecuteAsync(connection, CreateSql, name, null, 0, cancellationToken).ConfigureAwait(false);
        }

        await ClusterConflict.RetryAsync(() => ExecuteAsync(connection, "INSERT IGNORE INTO " + TableName + " (name) VALUES (@name)", name, null, 0, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes the lease when it is free or expired: true when this UPDATE matched the row. A 1213 that outlives the
    /// retries means another node's write won: not taken. The previous holder is kept when an expired lease is taken over.
    /// </summary>
    public static async Task<bool> TryTakeAsync(DbConnection connection, string name, string holder, TimeSpan lease, CancellationToken cancellationToken)
    {
        try
        {
            return await ClusterConflict.RetryAsync(() => ExecuteAsync(connection,
                "UPDATE " + TableName + " SET previous_holder = holder, previous_expires = expires, holder = @holder, taken_at = UTC_TIMESTAMP(6),"
                + " expires = UTC_TIMESTAMP(6) + INTERVAL @seconds SECOND WHERE name = @name AND (holder IS NULL OR expires < UTC_TIMESTAMP(6))",
                name, holder, Seconds(lease), cancellationToken), cancellationToken).ConfigureAwait(false) == 1;
        }
        catch (Exception e) when (ClusterConflict.Is(e))
        {
            return false;
        }
    }

    /// <summary>Moves the expiry on, if this run still holds the lease: false when it does not (it expired and another run took it).</summary>
    public static async Task<bool> RenewAsync(DbConnection connection, string name, string holder, TimeSpan lease, CancellationToken cancellationToken) =>
        await ClusterConflict.RetryAsync(() => ExecuteAsync(connection,
            "UPDATE " + TableName + " SET expires = UTC_TIMESTAMP(6) + INTERVAL @seconds SECOND WHERE name = @name AND holder = @holder",
            name, holder, Seconds(lease), cancellationToken), cancellationToken).ConfigureAwait(false) == 1;

    /// <summary>Frees the lease if this run still holds it.</summary>
    public static Task ReleaseAsync(DbConnection connection, string name, string holder, CancellationToken cancellationToken) =>
        ClusterConflict.RetryAsync(() => ExecuteAsync(connection,
            "UPDATE " + TableName + " SET holder = NULL, expires = NULL WHERE name = @name AND holder = @holder", name, holder, 0, cancellationToken), cancellationToken);

    /// <summary>The holder and its expiry (UTC), or nulls when the lease is free.</summary>
    public static Task<(string? Holder, DateTime? Expires)> ReadAsync(DbConnection connection, string name, CancellationToken cancellationToken) =>
        ReadPairAsync(connection, "SELECT holder, expires FROM " + TableName + " WHERE name = @name", name, cancellationToken);

    /// <summary>The holder a take replaced and when its lease had expired: set when this run took over a lease that was never released.</summary>
    public static Task<(string? Holder, DateTime? Expires)> ReadPreviousAsync(DbConnection connection, string name, CancellationToken cancellationToken) =>
        ReadPairAsync(connection, "SELECT previous_holder, previous_expires FROM " + TableName + " WHERE name = @name", name, cancellationToken);

    public static string Utc(DateTime? time) =>
        time is { } t ? t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC" : "(no expiry)";

    private static async Task<(string?, DateTime?)> ReadPairAsync(DbConnection connection, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = MySqlCommands.Create(connection, sql, null);
        command.AddParameter("@name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return (null, null);
        }

        return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetDateTime(1));
    }

    private static async Task<bool> ExistsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = MySqlCommands.Create(connection,
            "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '" + TableName + "'", null);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, string sql, string name, string? holder, int seconds, CancellationToken cancellationToken)
    {
        await using var command = MySqlCommands.Create(connection, sql, null);
        command.AddParameter("@name", name);
        command.AddParameter("@holder", holder ?? string.Empty);
        command.AddParameter("@seconds", seconds);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static int Seconds(TimeSpan lease) => (int)Math.Ceiling(lease.TotalSeconds);
}
