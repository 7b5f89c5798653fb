using System.Globalization;
using System.Text;
using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Errors;

namespace DbSync.MySql;

/// <summary>
/// Where and how to connect, read from a SQLAlchemy MySQL URL, independent of the driver. Query parameters taken
/// (the ones pymysql and mysqlclient share, with their meaning): <c>charset</c>, <c>unix_socket</c>,
/// <c>connect_timeout</c> (seconds), <c>command_timeout</c> (seconds, DbSync's), <c>ssl_ca</c>, <c>ssl_cert</c>, <c>ssl_key</c> (PEM files),
/// <c>ssl_mode</c> (DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY), <c>ssl_verify_cert</c> and
/// <c>ssl_check_hostname</c> (true/false), and DbSync's <c>lock_mode</c> (auto, lease: see <see cref="MySqlLockMode"/>). Any other parameter is an error naming it: a setting that is silently
/// ignored is worse than one refused. <see cref="ToString"/> never shows the password.
/// </summary>
public sealed class MySqlConnectionSettings
{
    /// <summary>SQLAlchemy's defaults when the URL names no host.</summary>
    public const string DefaultHost = "localhost";
    public const int DefaultPort = 3306;

    /// <summary>Bounded, so an unreachable server is an error in seconds, not a hang.</summary>
    public const int DefaultConnectTimeoutSeconds = 15;

    /// <summary>pymysql's default, which SQLAlchemy URLs without charset get, and the only one the connection uses.</summary>
    public const string DefaultCharset = "utf8mb4";

    public static readonly IReadOnlyList<string> SupportedParameters =
        ["charset", "unix_socket", "connect_timeout", "command_timeout", "ssl_ca", "ssl_cert", "ssl_key", "ssl_mode", "ssl_verify_cert", "ssl_check_hostname", "lock_mode"];

    public required string Host { get; init; }
    public required int Port { get; init; }

    /// <summary>When set, the connection goes through this socket and Host/Port are not used (as in pymysql).</summary>
    public string? UnixSocket { get; init; }

    public required string User { get; init; }
    public string? Password { get; init; }
    public required string Database { get; init; }

    /// <summary>
    /// The URL's <c>charset</c>, kept for messages only: the connection always speaks utf8mb4 (MySqlConnector's rule),
    /// which carries every character of a UTF-8 script whatever the URL asked for; the server converts to each
    /// column's character set.
    /// </summary>
    public string Charset { get; init; } = DefaultCharset;
    public int ConnectTimeoutSeconds { get; init; } = DefaultConnectTimeoutSeconds;

    /// <summary>
    /// <c>command_timeout</c>: seconds a statement may run before the client gives up (0, the default: no limit, as a
    /// migration's ALTER TABLE may run for hours). It is also what detects a server that froze mid-statement.
    /// </summary>
    public int CommandTimeoutSeconds { get; init; }
    public MySqlSslMode SslMode { get; init; } = MySqlSslMode.Preferred;
    public string? SslCa { get; init; }
    public string? SslCert { get; init; }
    public string? SslKey { get; init; }

    /// <summary><c>lock_mode</c>: the run lock to take (auto: a lease on Galera, GET_LOCK elsewhere; lease: always the lease).</summary>
    public MySqlLockMode LockMode { get; init; } = MySqlLockMode.Auto;

    /// <summary>"host:port" or "socket /path": what error messages name. Never credentials.</summary>
    public string Endpoint => UnixSocket != null
        ? "socket " + UnixSocket
        : (Host.Contains(':', StringComparison.Ordinal) ? "[" + Host + "]" : Host) + ":" + Port.ToString(CultureInfo.InvariantCulture);

    public static MySqlConnectionSettings FromUrl(DatabaseUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        foreach (string key in url.Query.Keys)
        {
            if (!SupportedParameters.Contains(key, StringComparer.Ordinal))
            {
                throw Error("query parameter '" + DatabaseUrl.ShownKey(key) + "' is not supported (supported: " + string.Join(", ", SupportedParameters) + ")"
                    + (key == "plugin" ? "; SQLAlchemy engine plugins do not apply to DbSync, remove it" : string.Empty));
            }
        }

        string database = url.Database ?? throw Error("no database named; write e.g. mysql+pymysql://user:password@host/DATABASE");
        string? Value(string key) => url.Query.TryGetValue(key, out string? value) ? value : null;

        string charset = Value("charset") ?? DefaultCharset;
        if (charset.Length == 0 || !charset.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw Error("charset must be a character set name such as utf8mb4");
        }

        string? socket = Value("unix_socket");
        if (socket is { Length: 0 })
        {
            throw Error("unix_socket is empty; give the path of the server's socket");
        }

        var (sslMode, sslCa, sslCert, sslKey) = ReadSsl(Value);
        return new MySqlConnectionSettings
        {
            Host = url.Host ?? DefaultHost,
            Port = url.Port ?? DefaultPort,
            UnixSocket = socket,
            // As the mysql client: the login name when the URL names no user.
            User = url.User ?? Environment.UserName,
            Password = url.Password,
            Database = database,
            Charset = charset,
            ConnectTimeoutSeconds = ReadTimeout(Value("connect_timeout")),
            CommandTimeoutSeconds = ReadCommandTimeout(Value("command_timeout")),
            SslMode = sslMode,
            SslCa = sslCa,
            SslCert = sslCert,
            SslKey = sslKey,
            LockMode = ReadLockMode(Value("lock_mode")),
        };
    }

    public override string ToString()
    {
        var text = new StringBuilder(User).Append(Password == null ? string.Empty : ":***").Append('@').Append(Endpoint).Append('/').Append(Database);
        text.Append(" (utf8mb4, connect_timeout ").Append(ConnectTimeoutSeconds.ToString(CultureInfo.InvariantCulture))
            .Append(" s, ssl_mode ").Append(SslMode).Append(')');
        return text.ToString();
    }

    private static MySqlLockMode ReadLockMode(string? text) => text?.ToLowerInvariant() switch
    {
        null or "auto" => MySqlLockMode.Auto,
        "lease" => MySqlLockMode.Lease,
        _ => throw Error("lock_mode must be auto (a lease on a Galera node, GET_LOCK elsewhere) or lease (always the lease)"),
    };

    private static int ReadCommandTimeout(string? text) =>
        text == null ? 0
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int seconds) ? seconds
        : throw Error("command_timeout must be a whole number of seconds (0: no limit)");

    private static int ReadTimeout(string? text)
    {
        if (text == null)
        {
            return DefaultConnectTimeoutSeconds;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int seconds) || seconds is < 1 or > 3600)
        {
            throw Error("connect_timeout must be a whole number of seconds from 1 to 3600");
        }

        return seconds;
    }

    /// <summary>
    /// ssl_mode says it directly. Otherwise pymysql's rules: any ssl_* parameter requires TLS; the certificate is
    /// verified when ssl_verify_cert says so (default: when ssl_ca is given), the host name too unless
    /// ssl_check_hostname=false. No ssl_* parameter: PREFERRED, the mysql client's default.
    /// </summary>
    private static (MySqlSslMode Mode, string? Ca, string? Cert, string? Key) ReadSsl(Func<string, string?> value)
    {
        string? ca = EmptyToNull(value("ssl_ca"), "ssl_ca");
        string? cert = EmptyToNull(value("ssl_cert"), "ssl_cert");
        string? key = EmptyToNull(value("ssl_key"), "ssl_key");
        if ((cert == null) != (key == null))
        {
            throw Error("ssl_cert and ssl_key go together: give both (a client certificate and its key) or neither");
        }

        bool? verifyCert = ReadBool(value("ssl_verify_cert"), "ssl_verify_cert");
        bool? checkHostname = ReadBool(value("ssl_check_hostname"), "ssl_check_hostname");
        string? modeText = value("ssl_mode");
        if (modeText != null)
        {
            if (verifyCert != null || checkHostname != null)
            {
                throw Error("give either ssl_mode or ssl_verify_cert/ssl_check_hostname, not both");
            }

            MySqlSslMode mode = modeText.ToUpperInvariant() switch
            {
                "DISABLED" => MySqlSslMode.Disabled,
                "PREFERRED" => MySqlSslMode.Preferred,
                "REQUIRED" => MySqlSslMode.Required,
                "VERIFY_CA" => MySqlSslMode.VerifyCa,
                "VERIFY_IDENTITY" => MySqlSslMode.VerifyIdentity,
                _ => throw Error("ssl_mode must be DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY"),
            };
            if (mode == MySqlSslMode.Disabled && (ca ?? cert) != null)
            {
                throw Error("ssl_mode=DISABLED contradicts ssl_ca/ssl_cert/ssl_key");
            }

            if (mode is MySqlSslMode.VerifyCa or MySqlSslMode.VerifyIdentity && ca == null)
            {
                throw Error("ssl_mode=" + modeText + " needs ssl_ca, the certificate authority to verify the server with");
            }

            return (mode, ca, cert, key);
        }

        if (ca == null && cert == null && verifyCert == null && checkHostname == null)
        {
            return (MySqlSslMode.Preferred, null, null, null);
        }

        bool verify = verifyCert ?? ca != null;
        if (verify && ca == null)
        {
            throw Error("ssl_verify_cert=true needs ssl_ca, the certificate authority to verify the server with");
        }

        MySqlSslMode derived = !verify ? MySqlSslMode.Required : checkHostname ?? true ? MySqlSslMode.VerifyIdentity : MySqlSslMode.VerifyCa;
        return (derived, ca, cert, key);
    }

    private static string? EmptyToNull(string? text, string name) =>
        text is { Length: 0 } ? throw Error(name + " is empty; give the path of a PEM file") : text;

    private static bool? ReadBool(string? text, string name) => text?.ToLowerInvariant() switch
    {
        null => null,
        "true" or "1" or "yes" or "on" => true,
        "false" or "0" or "no" or "off" => false,
        _ => throw Error(name + " must be true or false"),
    };

    private static ConfigurationException Error(string message) => new("MySQL connection URL: " + message);
}
