using System.Globalization;
using DbSync.Configuration;
using DbSync.PostgreSql;
using Npgsql;

namespace DbSync;

/// <summary>PostgreSQL's factories for <see cref="DbSyncMigrator"/>: <c>DbSyncMigrator.ForPostgreSql(...)</c>, no reflection involved.</summary>
public static class PostgreSqlMigrators
{
    extension(DbSyncMigrator)
    {
        /// <summary>A migrator for the PostgreSQL database at <paramref name="connectionUrl"/>, e.g. <c>postgresql://app:secret@db:5432/inventory</c>.</summary>
        /// <param name="repositoryPath">The repository folder, which holds migrate.cfg and versions/.</param>
        /// <param name="connectionUrl">The database as a SQLAlchemy URL, with the CLI's query parameters (sslmode, options...).</param>
        /// <param name="options">Logging, progress and checks; null for the defaults.</param>
        /// <returns>The migrator; nothing is opened until it runs.</returns>
        public static DbSyncMigrator ForPostgreSql(string repositoryPath, string connectionUrl, DbSyncMigratorOptions? options = null) =>
            new(repositoryPath, connectionUrl, PostgreSqlDialect.Instance, options);

        /// <summary>
        /// A migrator for the PostgreSQL database <paramref name="connection"/> names. DbSync opens connections of its
        /// own (one holds the advisory run lock), from the connection's host, port, user, password, database, TLS settings,
        /// options and application name; other settings are not carried. <paramref name="connection"/> is neither opened
        /// nor closed; pass it before it is opened, since an opened connection forgets its password.
        /// </summary>
        /// <param name="repositoryPath">The repository folder, which holds migrate.cfg and versions/.</param>
        /// <param name="connection">The application's connection, or one built from its connection string.</param>
        /// <param name="options">Logging, progress and checks; null for the defaults.</param>
        /// <returns>The migrator; nothing is opened until it runs.</returns>
        public static DbSyncMigrator ForPostgreSql(string repositoryPath, NpgsqlConnection connection, DbSyncMigratorOptions? options = null) =>
            new(repositoryPath, UrlOf(connection), PostgreSqlDialect.Instance, options);
    }

    /// <summary>The URL of the CLI that names what <paramref name="connection"/>'s connection string does.</summary>
    private static DatabaseUrl UrlOf(NpgsqlConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var settings = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        var query = new Dictionary<string, string>
        {
            ["sslmode"] = settings.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Prefer => "prefer",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                _ => "verify-full",
            },
            ["connect_timeout"] = Math.Clamp(settings.Timeout, 1, 3600).ToString(CultureInfo.InvariantCulture),
        };
        AddIfSet(query, "sslrootcert", settings.RootCertificate);
        AddIfSet(query, "sslcert", settings.SslCertificate);
        AddIfSet(query, "sslkey", settings.SslKey);
        AddIfSet(query, "options", settings.Options);
        AddIfSet(query, "application_name", settings.ApplicationName);
        string? host = settings.Host;
        if (host != null && host.StartsWith('/'))
        {
            query["host"] = host;
            host = null;
        }

        return new DatabaseUrl("postgresql", settings.Username, settings.Password, host, settings.Port, settings.Database, query);
    }

    private static void AddIfSet(Dictionary<string, string> query, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query[key] = value;
        }
    }
}
