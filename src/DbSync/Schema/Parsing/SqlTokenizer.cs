using System.Text;
using DbSync.Core.Sql;

namespace DbSync.Schema.Parsing;

/// <summary>
/// Splits one SQL statement or expression into tokens, dropping whitespace and comments. Small and forgiving: it reads
/// DDL the database has already accepted (sqlite_master, information_schema), so it never has to report errors.
/// </summary>
public static class SqlTokenizer
{
    private static readonly string[] Operators = ["<<", ">>", "<=", ">=", "<>", "!=", "==", "||", "->>", "->", ":="];

    public static List<SqlToken> Tokenize(string sql, SqlSyntax syntax)
    {
        var tokens = new List<SqlToken>();
        int i = 0;
        while (i < sql.Length)
        {
            char c = sql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if ((c == '-' && At(sql, i + 1) == '-') || (c == '#' && syntax == SqlSyntax.MySql))
            {
                while (i < sql.Length && sql[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && At(sql, i + 1) == '*')
            {
                int end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? sql.Length : end + 2;
            }
            else if (c == '\'' || (c == '"' && syntax == SqlSyntax.MySql))
            {
                tokens.Add(Quoted(sql, ref i, c, SqlTokenKind.String, syntax));
            }
            else if ((c is 'x' or 'X' or 'b' or 'B') && At(sql, i + 1) == '\'')
            {
                int start = i++;
                SqlToken body = Quoted(sql, ref i, '\'', SqlTokenKind.String, syntax);
                tokens.Add(body with { Text = sql[start..i], Start = start });
            }
            else if (c == '"' || c == '`')
            {
                tokens.Add(Quoted(sql, ref i, c, SqlTokenKind.QuotedName, syntax));
            }
            else if (c == '[' && syntax == SqlSyntax.Sqlite)
            {
                int start = i;
                int end = sql.IndexOf(']', i + 1);
                i = end < 0 ? sql.Length : end + 1;
                tokens.Add(new SqlToken(SqlTokenKind.QuotedName, sql[start..i], sql[(start + 1)..Math.Max(start + 1, i - 1)], start, i));
            }
            else if (char.IsDigit(c) || (c == '.' && char.IsDigit(At(sql, i + 1))))
            {
                int start = i;
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '.'
                    || ((sql[i] is '+' or '-') && (sql[i - 1] is 'e' or 'E') && !sql[start..i].StartsWith("0x", StringComparison.OrdinalIgnoreCase))))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Number, sql[start..i], sql[start..i], start, i));
            }
            else if (char.IsLetter(c) || c == '_' || c == '$' || c > 127)
            {
                int start = i;
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '_' || sql[i] == '$' || sql[i] > 127))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Word, sql[start..i], sql[start..i], start, i));
            }
            else
            {
                string op = Operators.FirstOrDefault(o => string.CompareOrdinal(sql, i, o, 0, o.Length) == 0) ?? c.ToString();
                tokens.Add(new SqlToken(SqlTokenKind.Symbol, op, op, i, i + op.Length));
                i += op.Length;
            }
        }

        return tokens;
    }

    private static char At(string sql, int index) => index < sql.Length ? sql[index] : '\0';

    private static SqlToken Quoted(string sql, ref int i, char quote, SqlTokenKind kind, SqlSyntax syntax)
    {
        int start = i++;
        var value = new StringBuilder();
        while (i < sql.Length)
        {
            char c = sql[i];
            if (c == '\\' && syntax == SqlSyntax.MySql && kind == SqlTokenKind.String && i + 1 < sql.Length)
            {
                value.Append(Unescape(sql[i + 1]));
                i += 2;
            }
            else if (c == quote && At(sql, i + 1) == quote)
            {
                value.Append(quote);
                i += 2;
            }
            else if (c == quote)
            {
                i++;
                break;
            }
            else
            {
                value.Append(c);
                i++;
            }
        }

        return new SqlToken(kind, sql[start..i], value.ToString(), start, i);
    }

    private static char Unescape(char c) => c switch
    {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        '0' => '\0',
        'Z' => '\u001a',
        _ => c,
    };
}
