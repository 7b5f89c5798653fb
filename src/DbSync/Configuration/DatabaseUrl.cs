using System.Globalization;
using System.Text;

namespace DbSync.Configuration;

/// <summary>
/// A parsed SQLAlchemy database URL (<c>dialect+driver://user:password@host:port/database?key=value</c>),
/// with every part percent-decoded. <see cref="ToString"/> never shows the password.
/// </summary>
public sealed class DatabaseUrl
{
    public DatabaseUrl(string scheme, string? user, string? password, string? host, int? port, string? database,
        IReadOnlyDictionary<string, string> query)
    {
        Scheme = scheme;
        User = user;
        Password = password;
        Host = host;
        Port = port;
        Database = database;
        Query = query;
    }

    /// <summary>As written, e.g. "mysql+pymysql".</summary>
    public string Scheme { get; }

    public string? User { get; }
    public string? Password { get; }
    public string? Host { get; }
    public int? Port { get; }

    /// <summary>The database name, or for a file database the path as written (null: in memory).</summary>
    public string? Database { get; }

    public IReadOnlyDictionary<string, string> Query { get; }

    /// <summary>The URL for messages and logs, with the password replaced by ***.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Scheme).Append("://");
        if (User != null)
        {
            text.Append(User);
            if (Password != null)
            {
                text.Append(":***");
            }

            text.Append('@');
        }

        text.Append(Host);
        if (Port != null)
        {
            text.Append(':').Append(Port.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (Database != null)
        {
            text.Append('/').Append(Database);
        }

        if (Query.Count > 0)
        {
            text.Append('?').Append(string.Join("&", Query.Select(pair => pair.Key + "=" + pair.Value)));
        }

        return text.ToString();
    }

    /// <summary>The same URL without its password, not even a placeholder: what messages name the database by.</summary>
    public DatabaseUrl WithoutPassword() => new(Scheme, User, null, Host, Port, Database, Query);

    /// <summary>The same server and credentials, another database (a scratch database on the same server).</summary>
    public DatabaseUrl WithDatabase(string database) => new(Scheme, User, Password, Host, Port, database, Query);

    /// <summary>
    /// A query parameter name as an error message may repeat it: itself when it looks like a name, else "?", since a
    /// mangled URL (two pasted into one) can put its user:password@ part into a key.
    /// </summary>
    public static string ShownKey(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') ? key : "?";
}
