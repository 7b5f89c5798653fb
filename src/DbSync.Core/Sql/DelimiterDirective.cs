namespace DbSync.Core.Sql
{
    /// <summary>
    /// The mysql client's <c>DELIMITER xx</c> command: the first word of a line at a statement boundary, it makes
    /// <c>xx</c> end statements until the next one. The server never sees the line.
    /// </summary>
    internal static class DelimiterDirective
    {
        private const string Keyword = "DELIMITER";

        /// <summary>Reads a directive at <paramref name="p"/>: its end (before the line break) and the new delimiter.</summary>
        public static bool TryRead(SqlLexer lexer, int p, out int end, out string delimiter)
        {
            end = p;
            delimiter = string.Empty;
            if (!lexer.Syntax.Has(SqlRules.DelimiterDirective))
            {
                return false;
            }

            var text = lexer.Text;
            for (var k = 0; k < Keyword.Length; k++)
            {
                var c = lexer.Peek(p + k);
                if (c >= 'a' && c <= 'z')
                {
                    c = (char)(c - ('a' - 'A'));
                }

                if (c != Keyword[k])
                {
                    return false;
                }
            }

            // The keyword must be followed by a space on the same line, and nothing but spaces may precede it.
            var i = p + Keyword.Length;
            var after = lexer.Peek(i);
            if (!lexer.Has(i) || after == '\n' || !SqlLexer.IsSpace(after) || !lexer.Lines.IsLineStart(p))
            {
                return false;
            }

            var eol = lexer.LineEnd(i);
            while (i < eol && SqlLexer.IsSpace(text[i]))
            {
                i++;
            }

            var delimiterStart = i;
            while (i < eol && !SqlLexer.IsSpace(text[i]))
            {
                i++;
            }

            if (i == delimiterStart)
            {
                return false;
            }

            delimiter = text.Substring(delimiterStart, i - delimiterStart);
            end = eol < lexer.Length && eol > i && text[eol - 1] == '\r' ? eol - 1 : eol;
            return true;
        }
    }
}
