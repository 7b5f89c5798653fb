using System.Data.Common;
using DbSync.Data;
using DbSync.Migrations;

namespace DbSync.PostgreSql;

/// <summary>
/// PostgreSQL's counterpart of oslo.db's sanity check, advice only: tables without a primary key (logical
/// replication cannot UPDATE or DELETE their rows, and duplicates creep in) are named in a warning. Reads only.
/// </summary>
internal static class PostgreSqlSanityCheck
{
    public static async Task RunAsync(DbConnection connection, IReadOnlyCollection<string> ignoredTables, IMigrationObserver observer, CancellationToken cancellationToken)
    {
        var tables = (await connection.ReadStringsAsync(
                "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'p') ORDER BY c.relname", cancellationToken).ConfigureAwait(false))
            .Where(name => !ignoredTables.Contains(name, StringComparer.Ordinal) && !name.StartsWith("dbsync_", StringComparison.Ordinal))
            .ToList();
        if (tables.Count > 0)
        {
            observer.Warning("tables without a primary key: " + string.Join(", ", tables)
                + " (logical replication cannot update or delete their rows; --no-sanity-check skips this check)");
        }
    }
}
