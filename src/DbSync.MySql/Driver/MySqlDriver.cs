using System.Data.Common;
using MySqlConnector;

namespace DbSync.MySql.Driver;

/// <summary>
/// The one place that names the driver (MySqlConnector, MIT, docs/design.md 9). Everything else works on
/// System.Data.Common types. MySqlConnector always speaks utf8mb4, whatever the server's default character set, so
/// scripts' text reaches the server as written.
/// </summary>
public static class MySqlDriver
{
    /// <summary>A closed connection for <paramref name="settings"/>; open it with <see cref="MySqlConnectionOpener"/>.</summary>
    public static DbConnection CreateConnection(MySqlConnectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = new MySqlConnectionStringBuilder
        {
            Database = settings.Database,
            UserID = settings.User,
            Password = settings.Password ?? string.Empty,
            ConnectionTimeout = (uint)settings.ConnectTimeoutSeconds,
            // A migration statement (an ALTER TABLE on a big table) may take hours: no client-side limit unless the URL sets one.
            DefaultCommandTimeout = (uint)settings.CommandTimeoutSeconds,
            // TCP keepalive probes after 30 s of silence: a server host that vanished (power, network) is noticed.
            Keepalive = 30,
            // Scripts use @variables; without this the driver takes them for missing parameters.
            AllowUserVariables = true,
            // One connection per run; a pooled connection could carry the run lock or session state to the next user.
            Pooling = false,
            PersistSecurityInfo = false,
            SslMode = settings.SslMode switch
            {
                MySqlSslMode.Disabled => MySqlConnector.MySqlSslMode.None,
                MySqlSslMode.Preferred => MySqlConnector.MySqlSslMode.Preferred,
                MySqlSslMode.Required => MySqlConnector.MySqlSslMode.Required,
                MySqlSslMode.VerifyCa => MySqlConnector.MySqlSslMode.VerifyCA,
                _ => MySqlConnector.MySqlSslMode.VerifyFull,
            },
        };
        if (settings.UnixSocket != null)
        {
            builder.ConnectionProtocol = MySqlConnectionProtocol.UnixSocket;
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

        return new MySqlConnection(builder.ConnectionString);
    }

    /// <summary>The server's error number (e.g. 1050 table exists), or null when the failure did not come from the server.</summary>
    public static int? ServerErrorNumber(Exception exception) =>
        exception is MySqlException { Number: > 0 } e ? e.Number : null;
}
