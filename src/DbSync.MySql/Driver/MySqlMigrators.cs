using System.Globalization;
using DbSync.Configuration;
using DbSync.MySql;
using MySqlConnector;

namespace DbSync;

/// <summary>MySQL's and MariaDB's factories for <see cref="DbSyncMigrator"/>: <c>DbSyncMigrator.ForMySql(...)</c>, no reflection involved.</summary>
public static class MySqlMigrators
{
    extension(DbSyncMigrator)
    {
        /// <summary>
        /// A migrator for the MySQL or MariaDB database at <paramref name="connectionUrl"/>, e.g.
        /// <c>mysql://app:secret@db:3306/inventory</c> (<c>mariadb://</c>: <c>mariadb</c> scripts first, then <c>mysql</c>).
        /// </summary>
        /// <param name="repositoryPath">The repository folder, which holds migrate.cfg and versions/.</param>
        /// <param name="connectionUrl">The database as a SQLAlchemy URL, with the CLI's query parameters (ssl_mode, unix_socket...).</param>
        /// <param name="options">Logging, progress and checks; null for the defaults.</param>
        /// <returns>The migrator; nothing is opened until it runs.</returns>
        public static DbSyncMigrator ForMySql(string repositoryPath, string connectionUrl, DbSyncMigratorOptions? options = null) =>
            new(repositoryPath, connectionUrl, MySqlDialect.Instance, options);

        /// <summary>
        /// A migrator for the MySQL database <paramref name="connection"/> names. DbSync opens connections of its own
        /// (it holds a run lock and may resume a version), from the connection's server or socket, port, user, password,
        /// database and TLS settings; other settings are not carried. <paramref name="connection"/> is neither opened nor
        /// closed; pass it before it is opened, since an opened connection forgets its password.
        /// </summary>
        /// <param name="repositoryPath">The repository folder, which holds migrate.cfg and versions/.</param>
        /// <param name="connection">The application's connection, or one built from its connection string.</param>
        /// <param name="options">Logging, progress and checks; null for the defaults.</param>
        /// <returns>The migrator; nothing is opened until it runs.</returns>
        public static DbSyncMigrator ForMySql(string repositoryPath, MySqlConnection connection, DbSyncMigratorOptions? options = null) =>
            new(repositoryPath, UrlOf("mysql", connection), MySqlDialect.Instance, options);

        /// <summary>As <see cref="ForMySql(string, MySqlConnection, DbSyncMigratorOptions?)"/> for MariaDB: <c>mariadb</c> scripts run before <c>mysql</c> ones.</summary>
        /// <param name="repositoryPath">The repository folder, which holds migrate.cfg and versions/.</param>
        /// <param name="connection">The application's connection, or one built from its connection string.</param>
        /// <param name="options">Logging, progress and checks; null for the defaults.</param>
        /// <returns>The migrator; nothing is opened until it runs.</returns>
        public static DbSyncMigrator ForMariaDb(string repositoryPath, MySqlConnection connection, DbSyncMigratorOptions? options = null) =>
            new(repositoryPath, UrlOf("mariadb", connection), MySqlDialect.Instance, options);
    }

    /// <summary>The URL of the CLI that names what <paramref name="connection"/>'s connection string does.</summary>
    private static DatabaseUrl UrlOf(string scheme, MySqlConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var settings = new MySqlConnectionStringBuilder(connection.ConnectionString);
        var query = new Dictionary<string, string>();
        bool socket = settings.Server.StartsWith('/') || settings.ConnectionProtocol == MySqlConnectionProtocol.UnixSocket;
        if (socket)
        {
            query["unix_socket"] = settings.Server;
        }

        if (settings.SslMode != MySqlConnector.MySqlSslMode.Preferred)
        {
            query["ssl_mode"] = settings.SslMode switch
            {
                MySqlConnector.MySqlSslMode.None => "DISABLED",
                MySqlConnector.MySqlSslMode.Required => "REQUIRED",
                MySqlConnector.MySqlSslMode.VerifyCA => "VERIFY_CA",
                _ => "VERIFY_IDENTITY",
            };
        }

        AddIfSet(query, "ssl_ca", settings.SslCa);
        AddIfSet(query, "ssl_cert", settings.SslCert);
        AddIfSet(query, "ssl_key", settings.SslKey);
        query["connect_timeout"] = Math.Clamp(settings.ConnectionTimeout, 1u, 3600u).ToString(CultureInfo.InvariantCulture);
        return new DatabaseUrl(scheme, NullIfEmpty(settings.UserID), NullIfEmpty(settings.Password), socket ? null : NullIfEmpty(settings.Server),
            (int)settings.Port, NullIfEmpty(settings.Database), query);
    }

    private static void AddIfSet(Dictionary<string, string> query, string key, string value)
    {
        if (value.Length > 0)
        {
            query[key] = value;
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
