using DbSync.Configuration;
using DbSync.Core.Sql;
using DbSync.Errors;
using DbSync.Schema;

namespace DbSync.Dialects;

/// <summary>
/// One database product, as its own project (DbSync.Sqlite, DbSync.MySql): which URLs select it, how its scripts
/// are split, how to connect, and its schema services. Everything else (the step loop, the version table, the schema
/// model, revisions) is the engine's and written against this seam only. Register an instance with
/// <see cref="DatabaseDialects.Register"/>.
/// </summary>
public abstract class DatabaseDialect
{
    /// <summary>The dialect part of script names this database runs, e.g. "sqlite" for 003_x_sqlite_upgrade.sql.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The dialect parts of script names a database at <paramref name="url"/> runs, most specific first; a version
    /// without a script of any of them runs its <c>default</c> one. <see cref="Name"/> alone unless a product has
    /// variants told apart by the URL (MySQL: a mariadb:// URL runs <c>mariadb</c>, then <c>mysql</c> scripts) or its
    /// scripts have had more than one name (PostgreSQL: postgresql, then postgres).
    /// </summary>
    public virtual IReadOnlyList<string> ScriptDialects(DatabaseUrl url) => [Name];

    /// <summary>The SQLAlchemy URL schemes that select this dialect, e.g. "mysql+pymysql".</summary>
    public abstract IReadOnlyList<string> UrlSchemes { get; }

    /// <summary>How scripts for this database are split into statements.</summary>
    public abstract SqlSyntax Syntax { get; }

    /// <summary>Checks what a parsed URL says for this database (e.g. SQLite has no host); errors name <paramref name="source"/>.</summary>
    public virtual void Validate(DatabaseUrl url, string source)
    {
    }

    /// <summary>
    /// For <see cref="Validate"/>: runs <paramref name="readSettings"/> (the dialect reading its URL's settings) once at
    /// configuration time, so a bad parameter fails before anything connects, with <paramref name="source"/> named.
    /// </summary>
    protected static void ReadAtConfiguration(Action readSettings, string source)
    {
        ArgumentNullException.ThrowIfNull(readSettings);
        try
        {
            readSettings();
        }
        catch (ConfigurationException e)
        {
            throw new ConfigurationException(source + ": " + e.Message);
        }
    }

    /// <summary>
    /// The URL without secrets, for messages: the URL without its password (not even a placeholder), e.g.
    /// mysql+pymysql://app@db.example:3306/inventory; a dialect of database files names the file instead.
    /// </summary>
    public virtual string Describe(DatabaseUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.WithoutPassword().ToString();
    }

    /// <summary>
    /// Whether the database exists yet. False only where opening it for writing creates it (a new SQLite file), so
    /// a command can say that it creates one, or that it reads one that is not there.
    /// </summary>
    public virtual bool Exists(DatabaseUrl url) => true;

    /// <summary>Connects. A read-only session must not create or change anything, not even an empty SQLite file.</summary>
    public abstract Task<DatabaseSession> OpenAsync(DatabaseUrl url, bool readOnly, CancellationToken cancellationToken);

    /// <summary>Introspection, comparison and rendering for autogenerate, create_schema and check; null where not supported yet.</summary>
    public virtual SchemaSupport? Schema => null;

    /// <summary>The SQL of DbSync's audit trail (<c>dbsync_history</c>) on this database; null where it keeps none.</summary>
    public virtual Versioning.HistorySql? History => null;

    /// <summary>How an offline script for this database is written (<c>upgrade --sql</c>); null where not supported.</summary>
    public virtual OfflineScriptSyntax? OfflineScript => null;
}
