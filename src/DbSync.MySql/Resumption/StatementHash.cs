using System.Security.Cryptography;
using System.Text;

namespace DbSync.MySql.Resumption;

/// <summary>
/// SHA-256 (lower-case hex) of a statement's text as the splitter yields it (leading comments and the delimiter
/// already gone), with line endings normalised to \n as dbsync.sum does, so a checkout with CRLF endings still
/// matches. Other whitespace counts: it can be inside a string literal, where it changes what the statement does.
/// </summary>
internal static class StatementHash
{
    public static string Of(string statementText)
    {
        string normalised = statementText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
