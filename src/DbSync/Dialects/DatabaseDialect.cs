using DbSync.Configuration;
using DbSync.Core.Sql;
using DbSync.Schema;

namespace DbSync.Dialects;

/// <summary>
/// What differs between databases: how to connect, how to lock, how a version step is made atomic.
/// One subclass per database; the migrator, version table and CLI are written against this seam only.
/// </summary>
public abstract class DatabaseDialect
{
    /// <summary>The dialect part of script names this database runs, e.g. "sqlite" for 003_x_sqlite_upgrade.sql.</summary>
    public abstract string Name { get; }

    /// <summary>How scripts for this database are split into statements.</summary>
    public abstract SqlSyntax Syntax { get; }

    /// <summary>Connects. A read-only session must not create or change anything, not even an empty SQLite file.</summary>
    public abstract Task<DatabaseSession> OpenAsync(DatabaseUrl url, bool readOnly, CancellationToken cancellationToken);

    /// <summary>Introspection, comparison and rendering for autogenerate, create_schema and check; null where not supported yet.</summary>
    public virtual ISchemaDialect? SchemaDialect => null;
}
