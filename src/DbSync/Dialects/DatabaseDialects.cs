using System.Collections.Concurrent;
using DbSync.Configuration;
using DbSync.Errors;

namespace DbSync.Dialects;

/// <summary>
/// The dialects a host can use, found by URL scheme. Each lives in its own project, so the engine loads no driver,
/// and the host registers the ones it ships: the CLI registers SQLite, MySQL/MariaDB and PostgreSQL at start-up.
/// </summary>
public static class DatabaseDialects
{
    private static readonly ConcurrentDictionary<string, DatabaseDialect> ByScheme = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Makes <paramref name="dialect"/> the one used for URLs of its <see cref="DatabaseDialect.UrlSchemes"/>. Idempotent.</summary>
    public static void Register(DatabaseDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        foreach (string scheme in dialect.UrlSchemes)
        {
            ByScheme[scheme] = dialect;
        }
    }

    /// <summary>The URL schemes registered, for messages.</summary>
    public static IReadOnlyList<string> Schemes => ByScheme.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The dialect registered for <paramref name="scheme"/>, or null.</summary>
    public static DatabaseDialect? ForScheme(string scheme) => ByScheme.TryGetValue(scheme, out DatabaseDialect? dialect) ? dialect : null;

    /// <exception cref="ConfigurationException">No dialect is registered for the URL's scheme.</exception>
    public static DatabaseDialect For(DatabaseUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return ForScheme(url.Scheme)
            ?? throw new ConfigurationException("database URL scheme '" + url.Scheme + "://' is not available in this host: register its dialect with "
                + "DatabaseDialects.Register(...) (SQLite: DbSync.Sqlite's SqliteDialect.Instance; MySQL/MariaDB: DbSync.MySql's MySqlDialect.Instance; PostgreSQL: DbSync.PostgreSql's PostgreSqlDialect.Instance)");
    }
}
