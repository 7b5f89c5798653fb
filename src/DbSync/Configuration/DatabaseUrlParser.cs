using System.Globalization;
using DbSync.Errors;

namespace DbSync.Configuration;

/// <summary>
/// Reads SQLAlchemy URLs the way SQLAlchemy does: <c>sqlite://</c> is in memory, <c>sqlite:///relative.db</c> is
/// relative to the current directory, <c>sqlite:////absolute.db</c> is absolute; network URLs take
/// <c>user:password@host:port/database?query</c>. Errors name where the URL came from, never the URL itself.
/// </summary>
public static class DatabaseUrlParser
{
    private static readonly Dictionary<string, string> DialectsByScheme = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sqlite"] = "sqlite",
        ["sqlite+pysqlite"] = "sqlite",
        ["mysql"] = "mysql",
        ["mysql+pymysql"] = "mysql",
        ["mysql+mysqldb"] = "mysql",
        ["mysql+mysqlconnector"] = "mysql",
        ["mariadb"] = "mysql",
        ["mariadb+pymysql"] = "mysql",
        ["mariadb+mysqldb"] = "mysql",
    };

    /// <param name="source">Where the URL came from, e.g. "[database] connection in /etc/app.conf line 3".</param>
    public static DatabaseUrl Parse(string url, string source)
    {
        url = url.Trim();
        int schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            throw new ConfigurationException(source + ": not a database URL; expected e.g. sqlite:///app.db or mysql+pymysql://user:password@host/db");
        }

        string scheme = url[..schemeEnd];
        if (!DialectsByScheme.TryGetValue(scheme, out string? dialect))
        {
            string shown = scheme.All(c => char.IsLetterOrDigit(c) || c == '+' || c == '_') ? scheme : "?";
            throw new ConfigurationException(source + ": unsupported database scheme '" + shown
                + "'; use sqlite://, mysql://, mysql+pymysql://, mysql+mysqldb:// or mariadb://");
        }

        string rest = url[(schemeEnd + 3)..];
        string? queryText = null;
        int queryStart = rest.IndexOf('?');
        if (queryStart >= 0)
        {
            queryText = rest[(queryStart + 1)..];
            rest = rest[..queryStart];
        }

        var query = ParseQuery(queryText, source);
        return dialect == "sqlite" ? ParseSqlite(scheme, rest, query, source) : ParseNetwork(scheme, dialect, rest, query, source);
    }

    private static DatabaseUrl ParseSqlite(string scheme, string rest, IReadOnlyDictionary<string, string> query, string source)
    {
        if (rest.Length == 0)
        {
            return new DatabaseUrl(scheme, "sqlite", null, null, null, null, null, query);
        }

        if (rest[0] != '/')
        {
            throw new ConfigurationException(source + ": an SQLite URL has no host; write sqlite:///relative.db or sqlite:////absolute/path.db");
        }

        string path = Uri.UnescapeDataString(rest[1..]);
        return new DatabaseUrl(scheme, "sqlite", null, null, null, null, path.Length == 0 || path == ":memory:" ? null : path, query);
    }

    private static DatabaseUrl ParseNetwork(string scheme, string dialect, string rest, IReadOnlyDictionary<string, string> query, string source)
    {
        string? user = null;
        string? password = null;
        int at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            string userInfo = rest[..at];
            rest = rest[(at + 1)..];
            int colon = userInfo.IndexOf(':');
            user = Decode(colon >= 0 ? userInfo[..colon] : userInfo);
            password = colon >= 0 ? Decode(userInfo[(colon + 1)..]) : null;
        }

        string? database = null;
        int slash = rest.IndexOf('/');
        if (slash >= 0)
        {
            database = Decode(rest[(slash + 1)..]);
            rest = rest[..slash];
            if (database.Length == 0)
            {
                database = null;
            }
        }

        string host = rest;
        int? port = null;
        int portColon = host.StartsWith('[') ? host.IndexOf("]:", StringComparison.Ordinal) + 1 : host.LastIndexOf(':');
        if (portColon > 0)
        {
            string portText = host[(portColon + 1)..];
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) || parsed is < 1 or > 65535)
            {
                throw new ConfigurationException(source + ": the port must be a number from 1 to 65535");
            }

            port = parsed;
            host = host[..portColon];
        }

        host = host.Trim('[', ']');
        return new DatabaseUrl(scheme, dialect, user, password, host.Length == 0 ? null : host, port, database, query);
    }

    private static Dictionary<string, string> ParseQuery(string? queryText, string source)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(queryText))
        {
            return query;
        }

        foreach (string pair in queryText.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                throw new ConfigurationException(source + ": query parameter '" + Decode(pair) + "' has no value; write key=value");
            }

            query[Decode(pair[..equals])] = Decode(pair[(equals + 1)..]);
        }

        return query;
    }

    // SQLAlchemy unquotes with urllib's unquote: '+' stays '+', a malformed escape stays as written.
    private static string Decode(string text) => Uri.UnescapeDataString(text);
}
