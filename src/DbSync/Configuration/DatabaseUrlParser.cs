using System.Globalization;
using DbSync.Dialects;
using DbSync.Errors;

namespace DbSync.Configuration;

/// <summary>
/// Reads SQLAlchemy URLs, <c>scheme://user:password@host:port/database?key=value</c>, the way SQLAlchemy does:
/// <c>sqlite:///relative.db</c> is a database "relative.db" on no host, <c>sqlite:////absolute.db</c> one at
/// "/absolute.db". The scheme selects a registered dialect, which checks the rest. Errors name where the URL came
/// from, never the URL itself (it may hold a password).
/// </summary>
public static class DatabaseUrlParser
{
    /// <param name="source">Where the URL came from, e.g. "[database] connection in /etc/app.conf line 3".</param>
    public static DatabaseUrl Parse(string url, string source)
    {
        ArgumentNullException.ThrowIfNull(url);
        url = url.Trim();
        int schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            throw new ConfigurationException(source + ": not a database URL; expected e.g. sqlite:///app.db or mysql+pymysql://user:password@host/db");
        }

        string scheme = url[..schemeEnd];
        DatabaseDialect dialect = DatabaseDialects.ForScheme(scheme) ?? throw new ConfigurationException(source + ": unsupported database scheme '"
            + (scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '_') ? scheme : "?") + "'; use "
            + string.Join(", ", DatabaseDialects.Schemes.Select(s => s + "://")));

        string rest = url[(schemeEnd + 3)..];
        if (rest.Contains('#', StringComparison.Ordinal))
        {
            throw new ConfigurationException(source + ": '#' is not part of a database URL; percent-encode it as %23 in a password or name");
        }

        string? queryText = null;
        int queryStart = rest.IndexOf('?', StringComparison.Ordinal);
        if (queryStart >= 0)
        {
            queryText = rest[(queryStart + 1)..];
            rest = rest[..queryStart];
        }

        var query = ParseQuery(queryText, source);
        string? user = null;
        string? password = null;
        int at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            string userInfo = rest[..at];
            rest = rest[(at + 1)..];
            int colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            user = Decode(colon >= 0 ? userInfo[..colon] : userInfo, "user name", source);
            password = colon >= 0 ? Decode(userInfo[(colon + 1)..], "password", source) : null;
        }

        string? database = null;
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            database = Decode(rest[(slash + 1)..], "database", source);
            rest = rest[..slash];
            if (database.Length == 0 || database == ":memory:")
            {
                database = null;
            }
        }

        var (host, port) = ParseHost(rest, source);
        var parsed = new DatabaseUrl(scheme, user, password, host, port, database, query);
        dialect.Validate(parsed, source);
        return parsed;
    }

    private static (string? Host, int? Port) ParseHost(string text, string source)
    {
        string host = text;
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

        host = Decode(host.Trim('[', ']'), "host", source);
        return (host.Length == 0 ? null : host, port);
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
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ConfigurationException(source + ": query parameter '" + DatabaseUrl.ShownKey(Decode(pair, "query parameter", source)) + "' has no value; write key=value");
            }

            query[Decode(pair[..equals], "query parameter", source)] = Decode(pair[(equals + 1)..], "query parameter", source);
        }

        return query;
    }

    /// <summary>Percent-decodes as urllib's unquote does ('+' stays '+'), but refuses a malformed escape instead of keeping it.</summary>
    private static string Decode(string text, string part, string source)
    {
        for (int i = text.IndexOf('%', StringComparison.Ordinal); i >= 0; i = text.IndexOf('%', i + 1))
        {
            if (i + 2 >= text.Length || !Uri.IsHexDigit(text[i + 1]) || !Uri.IsHexDigit(text[i + 2]))
            {
                // The part is named, not shown: it may be the password.
                throw new ConfigurationException(source + ": the " + part + " has a '%' that does not start a %XX escape; write a literal '%' as %25");
            }
        }

        return Uri.UnescapeDataString(text);
    }
}
