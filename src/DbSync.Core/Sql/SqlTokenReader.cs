using System;
using System.Collections.Generic;
using System.Text;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// Splits one SQL statement or expression into tokens, dropping whitespace and comments, by the same lexical rules
    /// as the statement splitter. Forgiving: it reads DDL the database has already accepted (sqlite_master,
    /// information_schema), so an unterminated construct simply ends at the end of the text, and it never throws.
    /// </summary>
    public static class SqlTokenReader
    {
        private static readonly string[] Operators = { "->>", "<<", ">>", "<=", ">=", "<>", "!=", "==", "||", "->", ":=", "::" };

        public static List<SqlToken> Tokenize(string sql, SqlSyntax syntax)
        {
            if (sql == null)
            {
                throw new ArgumentNullException(nameof(sql));
            }

            var lexer = new SqlLexer(syntax) { Forgiving = true };
            lexer.SetText(sql, true);
            var tokens = new List<SqlToken>();
            var i = 0;
            while (i < sql.Length)
            {
                var c = sql[i];
                if ((c == 'x' || c == 'X' || c == 'b' || c == 'B') && lexer.Peek(i + 1) == '\'')
                {
                    // A blob or bit literal: the string after the prefix is the value.
                    var body = Quoted(lexer, i + 1, out var bodyEnd);
                    tokens.Add(new SqlToken(SqlTokenKind.String, sql.Substring(i, bodyEnd - i), body, i, bodyEnd));
                    i = bodyEnd;
                    continue;
                }

                if (IsDigit(c) || (c == '.' && IsDigit(lexer.Peek(i + 1))))
                {
                    var end = NumberEnd(sql, i);
                    tokens.Add(Token(SqlTokenKind.Number, sql, i, end));
                    i = end;
                    continue;
                }

                var next = lexer.Next(i, out var kind);
                switch (kind)
                {
                    case LexemeKind.Space:
                    case LexemeKind.LineComment:
                    case LexemeKind.BlockComment:
                    case LexemeKind.ExecutableComment:
                        break;
                    case LexemeKind.String:
                    case LexemeKind.QuotedName:
                        var value = Quoted(lexer, i, out next);
                        tokens.Add(new SqlToken(kind == LexemeKind.String ? SqlTokenKind.String : SqlTokenKind.QuotedName, sql.Substring(i, next - i), value, i, next));
                        break;
                    case LexemeKind.DollarString:
                        tokens.Add(new SqlToken(SqlTokenKind.String, sql.Substring(i, next - i), DollarBody(sql, i, next), i, next));
                        break;
                    case LexemeKind.Word:
                        tokens.Add(Token(SqlTokenKind.Word, sql, i, next));
                        break;
                    default:
                        // Symbols, executable comments and client commands: operators are matched longest first.
                        next = kind == LexemeKind.Symbol ? i + OperatorLength(sql, i) : next;
                        tokens.Add(Token(SqlTokenKind.Symbol, sql, i, next));
                        break;
                }

                i = next;
            }

            return tokens;
        }

        private static SqlToken Token(SqlTokenKind kind, string sql, int start, int end)
        {
            var text = sql.Substring(start, end - start);
            return new SqlToken(kind, text, text, start, end);
        }

        // The unquoted, unescaped content of the quoted string or name at start (an E'' string included).
        private static string Quoted(SqlLexer lexer, int start, out int end)
        {
            var sql = lexer.Text;
            end = lexer.Next(start, out var kind);
            var quoteAt = sql[start] == 'E' || sql[start] == 'e' ? start + 1 : start;
            var quote = sql[quoteAt];
            var close = quote == '[' ? ']' : quote;
            var escapes = kind == LexemeKind.String && (quoteAt > start || lexer.Syntax.Has(SqlRules.BackslashEscapes));
            var value = new StringBuilder(end - start);
            var i = quoteAt + 1;
            var last = end > i && sql[end - 1] == close ? end - 1 : end;
            while (i < last)
            {
                var c = sql[i];
                if (c == '\\' && escapes && i + 1 < last)
                {
                    value.Append(Unescape(sql[i + 1]));
                    i += 2;
                }
                else if (c == close && close != ']' && i + 1 < last && sql[i + 1] == close)
                {
                    value.Append(close);
                    i += 2;
                }
                else
                {
                    value.Append(c);
                    i++;
                }
            }

            return value.ToString();
        }

        private static string DollarBody(string sql, int start, int end)
        {
            var tagLength = sql.IndexOf('$', start + 1) - start + 1;
            var bodyStart = start + tagLength;
            var bodyEnd = end - (end - bodyStart >= tagLength && string.CompareOrdinal(sql, end - tagLength, sql, start, tagLength) == 0 ? tagLength : 0);
            return sql.Substring(bodyStart, Math.Max(0, bodyEnd - bodyStart));
        }

        private static int NumberEnd(string sql, int start)
        {
            var hex = sql.Length > start + 1 && sql[start] == '0' && (sql[start + 1] == 'x' || sql[start + 1] == 'X');
            var i = start;
            while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '.'
                || ((sql[i] == '+' || sql[i] == '-') && (sql[i - 1] == 'e' || sql[i - 1] == 'E') && !hex)))
            {
                i++;
            }

            return i;
        }

        private static int OperatorLength(string sql, int i)
        {
            foreach (var op in Operators)
            {
                if (string.CompareOrdinal(sql, i, op, 0, op.Length) == 0)
                {
                    return op.Length;
                }
            }

            return 1;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static char Unescape(char c)
        {
            switch (c)
            {
                case 'n':
                    return '\n';
                case 't':
                    return '\t';
                case 'r':
                    return '\r';
                case '0':
                    return '\0';
                case 'Z':
                    return '\u001a';
                default:
                    return c;
            }
        }
    }
}
