using System.Collections.Concurrent;
using DbSync.Configuration;
using DbSync.Dialects.Sqlite;
using DbSync.Errors;

namespace DbSync.Dialects;

/// <summary>
/// The dialects a host can use, by URL dialect name. SQLite is built in; others live in their own projects (so the
/// engine loads no driver it does not need) and are registered by the host, e.g.
/// <c>DatabaseDialects.Register(MySqlDialect.Instance)</c> at the start of the CLI.
/// </summary>
public static class DatabaseDialects
{
    private static readonly ConcurrentDictionary<string, DatabaseDialect> Registered = new(StringComparer.Ordinal)
    {
        [SqliteDialect.Instance.Name] = SqliteDialect.Instance,
    };

    /// <summary>Makes <paramref name="dialect"/> the one used for URLs of its <see cref="DatabaseDialect.Name"/>. Idempotent.</summary>
    public static void Register(DatabaseDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        Registered[dialect.Name] = dialect;
    }

    public static DatabaseDialect For(DatabaseUrl url) =>
        Registered.TryGetValue(url.Dialect, out DatabaseDialect? dialect)
            ? dialect
            : throw new ConfigurationException("database dialect '" + url.Dialect + "' (" + url.Scheme + "://) is not available in this host: "
                + "register it with DatabaseDialects.Register(...) (for MySQL/MariaDB: DbSync.MySql's MySqlDialect.Instance)");
}
