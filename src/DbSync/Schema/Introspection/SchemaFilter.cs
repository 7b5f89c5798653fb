namespace DbSync.Schema.Introspection;

/// <summary>
/// The tables that are never part of a schema model or diff: the version table, oslo.db's alembic_version, DbSync's own
/// dbsync_* tables and the database's internal sqlite_* tables.
/// </summary>
public sealed class SchemaFilter(string versionTable)
{
    public string VersionTable { get; } = versionTable;

    public bool Excludes(string table) =>
        string.Equals(table, VersionTable, StringComparison.OrdinalIgnoreCase)
        || string.Equals(table, "alembic_version", StringComparison.OrdinalIgnoreCase)
        || table.StartsWith("dbsync_", StringComparison.OrdinalIgnoreCase)
        || table.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase);

    public bool Includes(string table) => !Excludes(table);
}
