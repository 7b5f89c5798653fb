using System.Globalization;
using DbSync.Configuration;
using DbSync.Errors;

namespace DbSync.PostgreSql;

/// <summary>
/// Where and how to connect, read from a SQLAlchemy PostgreSQL URL, independent of the driver. Query parameters
/// taken (libpq's, which psycopg2 and psycopg pass on, with their meaning): <c>host</c> (a directory: the Unix
/// socket's; overrides the URL's host), <c>port</c>, <c>sslmode</c>, <c>sslrootcert</c>, <c>sslcert</c>,
/// <c>sslkey</c>, <c>connect_timeout</c> (seconds), <c>options</c> (e.g. <c>-csearch_path=app</c>) and
/// <c>application_name</c>. Any other parameter is an error naming it. <see cref="ToString"/> never shows the password.
/// </summary>
public sealed class PostgreSqlConnectionSettings
{
    public const int DefaultPort = 5432;

    /// <summary>libpq's compiled-in socket directory on Debian, used when the URL names no host.</summary>
    public const string DefaultSocketDirectory = "/var/run/postgresql";

    /// <summary>Bounded, so an unreachable server is an error in seconds, not a hang.</summary>
    public const int DefaultConnectTimeoutSeconds = 15;

    public const string DefaultApplicationName = "dbsync";

    public static readonly IReadOnlyList<string> SupportedParameters =
        ["host", "port", "sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "options", "application_name"];

    /// <summary>A host name or address, or (starting with '/') the directory of the server's Unix socket.</summary>
    public required string Host { get; init; }

    public required int Port { get; init; }
    public required string User { get; init; }
    public string? Password { get; init; }
    public required string Database { get; init; }
    public int ConnectTimeoutSeconds { get; init; } = DefaultConnectTimeoutSeconds;
    public PostgreSqlSslMode SslMode { get; init; } = PostgreSqlSslMode.Prefer;
    public string? SslRootCert { get; init; }
    public string? SslCert { get; init; }
    public string? SslKey { get; init; }

    /// <summary>Server settings sent at start-up, as libpq's <c>options</c> (e.g. "-csearch_path=app").</summary>
    public string? Options { get; init; }

    public string ApplicationName { get; init; } = DefaultApplicationName;

    /// <summary>Whether <see cref="Host"/> is a socket directory.</summary>
    public bool IsSocket => Host.StartsWith('/');

    /// <summary>"host:port" or "socket /dir (port 5432)": what error messages name. Never credentials.</summary>
    public string Endpoint => IsSocket
        ? "socket " + Host + " (port " + Port.ToString(CultureInfo.InvariantCulture) + ")"
        : (Host.Contains(':', StringComparison.Ordinal) ? "[" + Host + "]" : Host) + ":" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>"the PostgreSQL server at db:5432 as app (database inventory)", for messages.</summary>
    public string Describe() => "the PostgreSQL server at " + Endpoint + " as " + User + " (database " + Database + ")";

    public static PostgreSqlConnectionSettings FromUrl(DatabaseUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        foreach (string parameter in url.Query.Keys)
        {
            if (!SupportedParameters.Contains(parameter, StringComparer.Ordinal))
            {
                throw Error("query parameter '" + parameter + "' is not supported (supported: " + string.Join(", ", SupportedParameters) + ")");
            }
        }

        string? Value(string key) => url.Query.TryGetValue(key, out string? value) ? value : null;

        // As libpq: no user means the login name, no database the user's name.
        string user = url.User ?? Environment.UserName;
        string host = Value("host") ?? url.Host ?? DefaultSocketDirectory;
        if (host.Length == 0)
        {
            throw Error("host is empty; give a host name or the directory of the server's socket");
        }

        int port = url.Port ?? DefaultPort;
        if (Value("port") is { } portText)
        {
            if (url.Port != null)
            {
                throw Error("the port is given twice, in the URL and as port=; keep one");
            }

            port = ReadNumber(portText, "port", 1, 65535);
        }

        string? rootCert = EmptyToNull(Value("sslrootcert"), "sslrootcert");
        string? cert = EmptyToNull(Value("sslcert"), "sslcert");
        string? key = EmptyToNull(Value("sslkey"), "sslkey");
        if ((cert == null) != (key == null))
        {
            throw Error("sslcert and sslkey go together: give both (a client certificate and its key) or neither");
        }

        PostgreSqlSslMode sslMode = ReadSslMode(Value("sslmode"));
        if (sslMode == PostgreSqlSslMode.Disable && (rootCert ?? cert) != null)
        {
            throw Error("sslmode=disable contradicts sslrootcert/sslcert/sslkey");
        }

        string? options = Value("options");
        if (options is { Length: 0 })
        {
            throw Error("options is empty; give server settings such as -csearch_path=app");
        }

        string? applicationName = Value("application_name");
        return new PostgreSqlConnectionSettings
        {
            Host = host,
            Port = port,
            User = user,
            Password = url.Password,
            Database = url.Database ?? user,
            ConnectTimeoutSeconds = Value("connect_timeout") is { } timeout ? ReadNumber(timeout, "connect_timeout", 1, 3600) : DefaultConnectTimeoutSeconds,
            SslMode = sslMode,
            SslRootCert = rootCert,
            SslCert = cert,
            SslKey = key,
            Options = options,
            ApplicationName = string.IsNullOrEmpty(applicationName) ? DefaultApplicationName : applicationName,
        };
    }

    /// <summary>"user:***@host:port/database (sslmode prefer, connect_timeout 15 s)".</summary>
    public override string ToString() =>
        User + (Password == null ? string.Empty : ":***") + "@" + Endpoint + "/" + Database
        + " (sslmode " + SslModeName(SslMode) + ", connect_timeout " + ConnectTimeoutSeconds.ToString(CultureInfo.InvariantCulture) + " s"
        + (Options == null ? string.Empty : ", options " + Options) + ")";

    public static string SslModeName(PostgreSqlSslMode mode) => mode switch
    {
        PostgreSqlSslMode.Disable => "disable",
        PostgreSqlSslMode.Allow => "allow",
        PostgreSqlSslMode.Prefer => "prefer",
        PostgreSqlSslMode.Require => "require",
        PostgreSqlSslMode.VerifyCa => "verify-ca",
        _ => "verify-full",
    };

    private static PostgreSqlSslMode ReadSslMode(string? text) => text switch
    {
        null => PostgreSqlSslMode.Prefer,
        "disable" => PostgreSqlSslMode.Disable,
        "allow" => PostgreSqlSslMode.Allow,
        "prefer" => PostgreSqlSslMode.Prefer,
        "require" => PostgreSqlSslMode.Require,
        "verify-ca" => PostgreSqlSslMode.VerifyCa,
        "verify-full" => PostgreSqlSslMode.VerifyFull,
        _ => throw Error("sslmode must be disable, allow, prefer, require, verify-ca or verify-full"),
    };

    private static int ReadNumber(string text, string name, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max
            ? value
            : throw Error(name + " must be a whole number from " + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture));

    private static string? EmptyToNull(string? text, string name) =>
        text is { Length: 0 } ? throw Error(name + " is empty; give the path of a PEM file") : text;

    private static ConfigurationException Error(string message) => new("PostgreSQL connection URL: " + message);
}
