using System.Data.Common;

namespace DbSync.MySql;

/// <summary>
/// oslo.db's <c>_db_schema_sanity_check</c>: every table except the version tables must have a utf8 (utf8mb3 or
/// utf8mb4) collation, and, as docs/design.md 6 adds, the InnoDB engine that transactional DDL recovery relies on.
/// </summary>
internal static class SchemaSanityCheck
{
    public static async Task RunAsync(DbConnection connection, IReadOnlyCollection<string> ignoredTables, CancellationToken cancellationToken)
    {
        await using var command = MySqlCommands.Create(connection,
            "SELECT TABLE_NAME, COALESCE(TABLE_COLLATION, ''), COALESCE(ENGINE, '') FROM information_schema.TABLES"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
            + " AND (TABLE_COLLATION IS NULL OR TABLE_COLLATION NOT LIKE 'utf8%' OR ENGINE IS NULL OR ENGINE <> 'InnoDB')"
            + " ORDER BY TABLE_NAME", null);
        var offending = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                string name = reader.GetString(0);
                if (!ignoredTables.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    offending.Add(name + " (" + reader.GetString(1) + ", " + reader.GetString(2) + ")");
                }
            }
        }

        if (offending.Count > 0)
        {
            throw new SchemaSanityException(offending);
        }
    }
}
