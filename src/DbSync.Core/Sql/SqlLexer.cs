using System;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// The one lexer of DbSync: where each quote, comment, escape and word ends under a <see cref="SqlSyntax"/>. Both
    /// the statement splitter and the token reader stand on it. It works on a window of text that may not be the
    /// whole script: running past the end of a partial window throws <see cref="MoreTextNeeded"/>; past the end of
    /// the script, an unterminated construct is a <see cref="SqlSyntaxException"/>, or, when <see cref="Forgiving"/>,
    /// simply ends there.
    /// </summary>
    internal sealed class SqlLexer
    {
        private readonly SqlSyntax _syntax;
        private readonly char[] _stringStops;
        private string _text = string.Empty;
        private int _length;
        private bool _final = true;

        public SqlLexer(SqlSyntax syntax)
        {
            _syntax = syntax ?? throw new ArgumentNullException(nameof(syntax));
            _stringStops = new char[2];
        }

        public SqlSyntax Syntax => _syntax;

        public string Text => _text;

        public int Length => _length;

        /// <summary>Whether the window reaches the end of the script.</summary>
        public bool IsFinal => _final;

        /// <summary>Unterminated constructs end at the end of the text instead of raising (for DDL the database already accepted).</summary>
        public bool Forgiving { get; set; }

        /// <summary>The statement delimiter in force: a word ends where it starts (a delimiter such as <c>$$</c> or <c>//</c>).</summary>
        public string? Delimiter { get; set; }

        /// <summary>Where errors are located.</summary>
        public LineCounter Lines { get; } = new LineCounter();

        public void SetText(string text, bool final)
        {
            _text = text;
            _length = text.Length;
            _final = final;
            Lines.SetText(text);
        }

        /// <summary>The char at <paramref name="index"/>; '\0' past the end of the script; <see cref="MoreTextNeeded"/> past the end of a partial window.</summary>
        public char Peek(int index)
        {
            if (index < _length)
            {
                return _text[index];
            }

            if (_final)
            {
                return '\0';
            }

            throw MoreTextNeeded.Instance;
        }

        /// <summary>Whether <paramref name="index"/> is inside the script (asking for more text when the window ends first).</summary>
        public bool Has(int index)
        {
            if (index < _length)
            {
                return true;
            }

            if (_final)
            {
                return false;
            }

            throw MoreTextNeeded.Instance;
        }

        /// <summary>The lexeme that starts at <paramref name="i"/> (which must be inside the window) and where it ends.</summary>
        public int Next(int i, out LexemeKind kind)
        {
            var c = _text[i];
            if (IsSpace(c))
            {
                kind = LexemeKind.Space;
                return i + 1;
            }

            kind = CommentAt(i);
            switch (kind)
            {
                case LexemeKind.LineComment:
                    return LineEnd(i);
                case LexemeKind.BlockComment:
                case LexemeKind.ExecutableComment:
                    return BlockCommentEnd(i);
            }

            if (_syntax.StringQuotes.IndexOf(c) >= 0)
            {
                kind = LexemeKind.String;
                return QuotedEnd(i, i + 1, c, _syntax.Has(SqlRules.BackslashEscapes));
            }

            if (_syntax.IdentifierQuotes.IndexOf(c) >= 0)
            {
                kind = LexemeKind.QuotedName;
                return QuotedEnd(i, i + 1, c, false);
            }

            if (c == '[' && _syntax.Has(SqlRules.BracketIdentifiers))
            {
                kind = LexemeKind.QuotedName;
                return Find("]", i + 1, i, "quoted identifier");
            }

            if ((c == 'E' || c == 'e') && _syntax.Has(SqlRules.EscapeStringPrefix) && Peek(i + 1) == '\'')
            {
                kind = LexemeKind.String;
                return QuotedEnd(i, i + 2, '\'', true);
            }

            if (c == '$' && _syntax.Has(SqlRules.DollarQuotes))
            {
                var tagEnd = DollarTagEnd(i);
                if (tagEnd > 0)
                {
                    kind = LexemeKind.DollarString;
                    var tag = _text.Substring(i, tagEnd - i);
                    return Find(tag, tagEnd, i, "dollar-quoted string " + tag);
                }
            }

            if (c == '\\' && _syntax.Has(SqlRules.ClientCommands))
            {
                kind = LexemeKind.MetaCommand;
                return LineEnd(i);
            }

            if (IsWordChar(c))
            {
                kind = LexemeKind.Word;
                return WordEnd(i);
            }

            kind = LexemeKind.Symbol;
            return i + 1;
        }

        /// <summary>The comment kind that starts at <paramref name="i"/>, or <see cref="LexemeKind.Symbol"/> for none.</summary>
        public LexemeKind CommentAt(int i)
        {
            var c = _text[i];
            if (c == '-')
            {
                // The mysql client needs "-- " (whitespace/control/end after it), so 1--1 is an expression.
                if (Peek(i + 1) == '-' && (!_syntax.Has(SqlRules.DashCommentNeedsSpace) || Peek(i + 2) <= ' '))
                {
                    return LexemeKind.LineComment;
                }
            }
            else if (c == '#')
            {
                return _syntax.Has(SqlRules.HashComments) ? LexemeKind.LineComment : LexemeKind.Symbol;
            }
            else if (c == '/' && Peek(i + 1) == '*')
            {
                if (_syntax.Has(SqlRules.ExecutableComments))
                {
                    var k = Peek(i + 2);
                    if (k == '!' || k == '+' || (k == 'M' && Peek(i + 3) == '!'))
                    {
                        return LexemeKind.ExecutableComment;
                    }
                }

                return LexemeKind.BlockComment;
            }

            return LexemeKind.Symbol;
        }

        /// <summary>The position of the '\n' that ends the line holding <paramref name="i"/>, or the end of the script.</summary>
        public int LineEnd(int i)
        {
            var eol = _text.IndexOf('\n', i);
            if (eol >= 0)
            {
                return eol;
            }

            if (_final)
            {
                return _length;
            }

            throw MoreTextNeeded.Instance;
        }

        /// <summary>Whole-token, ASCII case-insensitive match against an upper-case keyword.</summary>
        public bool Is(int start, int end, string keyword)
        {
            if (end - start != keyword.Length)
            {
                return false;
            }

            for (var k = 0; k < keyword.Length; k++)
            {
                var c = _text[start + k];
                if (c >= 'a' && c <= 'z')
                {
                    c = (char)(c - ('a' - 'A'));
                }

                if (c != keyword[k])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the delimiter in force starts at <paramref name="i"/>.</summary>
        public bool AtDelimiter(int i)
        {
            var delimiter = Delimiter;
            if (delimiter == null)
            {
                return false;
            }

            for (var k = 0; k < delimiter.Length; k++)
            {
                if (Peek(i + k) != delimiter[k] || !Has(i + k))
                {
                    return false;
                }
            }

            return true;
        }

        public SqlSyntaxException Unterminated(string what, int start) =>
            new SqlSyntaxException("unterminated " + what + " starting on line " + Lines.LineAt(start), Lines.LineAt(start), null, Lines.ColumnAt(start));

        public static bool IsSpace(char c) =>
            c == ' ' || (c >= '\t' && c <= '\r') || (c > '\u007f' && (char.IsWhiteSpace(c) || c == '\ufeff'));

        public static bool IsWordChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
            || (c > '\u007f' && !IsSpace(c));

        private int WordEnd(int i)
        {
            var first = Delimiter == null ? '\0' : Delimiter[0];
            var j = i + 1;
            while (Has(j) && IsWordChar(_text[j]) && !(_text[j] == first && AtDelimiter(j)))
            {
                j++;
            }

            return j;
        }

        private int BlockCommentEnd(int start)
        {
            if (!_syntax.Has(SqlRules.NestedBlockComments))
            {
                return Find("*/", start + 2, start, "/* comment");
            }

            // PostgreSQL: /* opens a comment inside a comment, and each needs its own */.
            var depth = 1;
            var i = start + 2;
            while (true)
            {
                var close = _text.IndexOf("*/", i, StringComparison.Ordinal);
                if (close < 0)
                {
                    return Unfinished(start, "/* comment");
                }

                var open = _text.IndexOf("/*", i, close - i, StringComparison.Ordinal);
                if (open >= 0)
                {
                    depth++;
                    i = open + 2;
                    continue;
                }

                i = close + 2;
                if (--depth == 0)
                {
                    return i;
                }
            }
        }

        // Position after the closing quote; a doubled quote stands for itself, a backslash (where it escapes) skips one char.
        private int QuotedEnd(int start, int bodyStart, char quote, bool backslashEscapes)
        {
            _stringStops[0] = quote;
            _stringStops[1] = '\\';
            var i = bodyStart;
            while (i < _length)
            {
                i = backslashEscapes ? _text.IndexOfAny(_stringStops, i) : _text.IndexOf(quote, i);
                if (i < 0)
                {
                    break;
                }

                if (_text[i] == '\\')
                {
                    i += 2;
                    continue;
                }

                if (Peek(i + 1) == quote && Has(i + 1))
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            return Unfinished(start, _syntax.StringQuotes.IndexOf(quote) >= 0 ? "string literal" : "quoted identifier");
        }

        // $tag$ at i: the position after its second '$', or -1 when the '$' starts no dollar quote ($1, a$b).
        private int DollarTagEnd(int i)
        {
            var j = i + 1;
            while (true)
            {
                var c = Peek(j);
                if (c == '$' && Has(j))
                {
                    return j + 1;
                }

                var tagChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c > '\u007f' && !IsSpace(c))
                    || (j > i + 1 && c >= '0' && c <= '9');
                if (!tagChar)
                {
                    return -1;
                }

                j++;
            }
        }

        // Position after the first <paramref name="close"/> at or after from.
        private int Find(string close, int from, int start, string what)
        {
            var at = from <= _length ? _text.IndexOf(close, from, StringComparison.Ordinal) : -1;
            return at >= 0 ? at + close.Length : Unfinished(start, what);
        }

        private int Unfinished(int start, string what)
        {
            if (!_final)
            {
                throw MoreTextNeeded.Instance;
            }

            if (Forgiving)
            {
                return _length;
            }

            throw Unterminated(what, start);
        }
    }
}
