using System.Security.Cryptography;
using System.Text;
using DbSync.Core.Sql;

namespace DbSync.Migrations.Resumable;

/// <summary>
/// SHA-256 fingerprints of statements as the splitter yields them (leading comments and the delimiter gone), with line
/// endings normalised to \n as dbsync.sum does, so a checkout with CRLF endings still matches. Other whitespace counts:
/// it can be inside a string literal, where it changes what the statement does.
/// </summary>
public static class StatementHashes
{
    /// <summary>The lower-case hex SHA-256 of one statement.</summary>
    public static string Of(string statementText)
    {
        ArgumentNullException.ThrowIfNull(statementText);
        string normalised = statementText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    /// <summary>One fingerprint of the first <paramref name="count"/> statements: the SHA-256 of their hashes in order.</summary>
    public static string OfPrefix(IReadOnlyList<SqlStatement> statements, int count)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var chain = new StringBuilder(count * 64);
        for (int i = 0; i < count; i++)
        {
            chain.Append(Of(statements[i].Text));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(chain.ToString())));
    }
}
