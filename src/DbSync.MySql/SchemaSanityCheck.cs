using System.Data.Common;

namespace DbSync.MySql;

/// <summary>
/// oslo.db's <c>_db_schema_sanity_check</c>: every table except the version tables must have a utf8 (utf8mb3 or
/// utf8mb4) collation, and, as docs/design.md 6 adds, the InnoDB engine that transactional DDL recovery relies on.
/// First the database's defaults: a database whose default character set is not utf8 (latin1 on many servers) gives
/// every table a script creates without a CHARACTER SET clause that character set, so the check after the run would
/// fail with the version already applied and recorded. Checked before anything runs, it changes nothing.
/// </summary>
internal static class SchemaSanityCheck
{
    public static async Task RunAsync(DbConnection connection, IReadOnlyCollection<string> ignoredTables, CancellationToken cancellationToken)
    {
        await CheckDefaultsAsync(connection, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The database's default character set and collation, and the session's default storage engine: what new tables get.</summary>
    private static async Task CheckDefaultsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = MySqlCommands.Create(connection,
            "SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME, @@default_storage_engine FROM information_schema.SCHEMATA"
            + " WHERE SCHEMA_NAME = DATABASE()", null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // No database selected: there is nothing a script would create tables in by default.
            return;
        }

        string database = reader.GetString(0);
        string characterSet = reader.GetString(1);
        string collation = reader.GetString(2);
        string engine = reader.GetString(3);
        if (!characterSet.StartsWith("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw SchemaSanityException.DefaultCharacterSet(database, characterSet, collation);
        }

        if (!engine.Equals("InnoDB", StringComparison.OrdinalIgnoreCase))
        {
            throw SchemaSanityException.DefaultEngine(database, engine);
        }
    }
}
