using System.Data.Common;
using MySqlClient = global::MySql.Data.MySqlClient;

namespace DbSync.MySql.Driver;

/// <summary>
/// The one place that names the driver (MySql.Data 8.0.16, DESIGN.md 9). Everything else works on
/// System.Data.Common types, so replacing the driver (e.g. by MySqlConnector) means replacing this folder and the
/// project's package reference.
/// </summary>
public static class MySqlDriver
{
    /// <summary>A closed connection for <paramref name="settings"/>; open it with <see cref="MySqlConnectionOpener"/>.</summary>
    public static DbConnection CreateConnection(MySqlConnectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Utf8Mb3Alias.EnsureApplied();
        var builder = new MySqlClient.MySqlConnectionStringBuilder
        {
            Database = settings.Database,
            UserID = settings.User,
            Password = settings.Password ?? string.Empty,
            CharacterSet = settings.Charset,
            ConnectionTimeout = (uint)settings.ConnectTimeoutSeconds,
            // A migration statement (an ALTER TABLE on a big table) may take hours: no client-side limit, as pymysql.
            DefaultCommandTimeout = 0,
            // Scripts use @variables; without this the driver takes them for missing parameters.
            AllowUserVariables = true,
            // One connection per run; a pooled connection could carry the run lock or session state to the next user.
            Pooling = false,
            PersistSecurityInfo = false,
            SslMode = settings.SslMode switch
            {
                MySqlSslMode.Disabled => MySqlClient.MySqlSslMode.None,
                MySqlSslMode.Preferred => MySqlClient.MySqlSslMode.Preferred,
                MySqlSslMode.Required => MySqlClient.MySqlSslMode.Required,
                MySqlSslMode.VerifyCa => MySqlClient.MySqlSslMode.VerifyCA,
                _ => MySqlClient.MySqlSslMode.VerifyFull,
            },
        };
        if (settings.UnixSocket != null)
        {
            builder.ConnectionProtocol = MySqlClient.MySqlConnectionProtocol.UnixSocket;
            builder.Server = settings.UnixSocket;
        }
        else
        {
            builder.Server = settings.Host;
            builder.Port = (uint)settings.Port;
        }

        if (settings.SslCa != null)
        {
            builder.SslCa = settings.SslCa;
        }

        if (settings.SslCert != null)
        {
            builder.SslCert = settings.SslCert;
            builder.SslKey = settings.SslKey;
        }

        return new MySqlClient.MySqlConnection(builder.ConnectionString);
    }

    /// <summary>The server's error number (e.g. 1050 table exists), or null when the failure did not come from the server.</summary>
    public static int? ServerErrorNumber(Exception exception) =>
        exception is MySqlClient.MySqlException { Number: > 0 } e ? e.Number : null;
}
