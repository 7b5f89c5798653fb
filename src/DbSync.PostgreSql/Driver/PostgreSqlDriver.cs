using System.Data.Common;
using Npgsql;

namespace DbSync.PostgreSql.Driver;

/// <summary>
/// The one place that names the driver (Npgsql, PostgreSQL licence, docs/design.md 9). Everything else works on
/// System.Data.Common types. The connection string is built field by field and never printed: messages name the
/// endpoint, the user and the database only.
/// </summary>
public static class PostgreSqlDriver
{
    /// <summary>SQLSTATE 55P03: a lock (advisory locks included) was not granted within lock_timeout.</summary>
    public const string LockNotAvailable = "55P03";

    /// <summary>SQLSTATE 25001: the statement cannot run inside a transaction block.</summary>
    public const string ActiveTransaction = "25001";

    /// <summary>A closed connection for <paramref name="settings"/>; open it with <see cref="PostgreSqlConnectionOpener"/>.</summary>
    public static DbConnection CreateConnection(PostgreSqlConnectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = settings.Host,
            Port = settings.Port,
            Database = settings.Database,
            Username = settings.User,
            Timeout = settings.ConnectTimeoutSeconds,
            // A migration statement (an index build on a big table) may take hours: no client-side limit, as psql.
            CommandTimeout = 0,
            // One connection per purpose; a pooled connection could carry the run lock or session state to the next user.
            Pooling = false,
            PersistSecurityInfo = false,
            ApplicationName = settings.ApplicationName,
            // The server's DETAIL and HINT lines (which row violates a key...) belong in a failed statement's message.
            IncludeErrorDetail = true,
            SslMode = settings.SslMode switch
            {
                PostgreSqlSslMode.Disable => SslMode.Disable,
                PostgreSqlSslMode.Allow => SslMode.Allow,
                PostgreSqlSslMode.Prefer => SslMode.Prefer,
                PostgreSqlSslMode.Require => SslMode.Require,
                PostgreSqlSslMode.VerifyCa => SslMode.VerifyCA,
                _ => SslMode.VerifyFull,
            },
        };
        if (settings.Password != null)
        {
            builder.Password = settings.Password;
        }

        if (settings.Options != null)
        {
            builder.Options = settings.Options;
        }

        if (settings.SslRootCert != null)
        {
            builder.RootCertificate = settings.SslRootCert;
        }

        if (settings.SslCert != null)
        {
            builder.SslCertificate = settings.SslCert;
            builder.SslKey = settings.SslKey;
        }

        return new NpgsqlConnection(builder.ConnectionString);
    }

    /// <summary>The server's SQLSTATE (e.g. 42P07 relation exists), or null when the failure did not come from the server.</summary>
    public static string? SqlState(Exception exception) => exception is PostgresException e ? e.SqlState : null;

    /// <summary>
    /// What the server said, without the SQLSTATE prefix the driver adds: the message, then its DETAIL and HINT;
    /// a failure that is not the server's (a lost connection) as the driver words it.
    /// </summary>
    public static string Describe(Exception exception) => exception switch
    {
        PostgresException e => e.MessageText
            + (string.IsNullOrEmpty(e.Detail) ? string.Empty : " (" + e.Detail + ")")
            + (string.IsNullOrEmpty(e.Hint) ? string.Empty : " Hint: " + e.Hint)
            + " [SQLSTATE " + e.SqlState + "]",
        _ => Errors.FailureText.Describe(exception),
    };

    /// <summary>The server's major version, e.g. 15.</summary>
    public static int ServerMajorVersion(DbConnection connection) =>
        connection is NpgsqlConnection npgsql ? npgsql.PostgreSqlVersion.Major : 0;

    /// <summary>The backend process id the connection talks to (pg_backend_pid()), as the driver saw it at start-up.</summary>
    public static int BackendPid(DbConnection connection) => connection is NpgsqlConnection npgsql ? npgsql.ProcessID : 0;
}
