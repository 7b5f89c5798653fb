using System;
using System.Collections.Generic;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// The single forward scan behind <see cref="SqlScriptParser"/>. Every char is looked at a
    /// bounded number of times; strings are only allocated per segment.
    /// </summary>
    internal sealed class SqlScanner
    {
        private const string DefaultDelimiter = ";";

        private static readonly char[] SingleQuoteStops = { '\'', '\\' };
        private static readonly char[] DoubleQuoteStops = { '"', '\\' };

        private readonly string _text;
        private readonly int _length;
        private readonly bool _mySql;
        private readonly List<SqlSegment> _segments = new List<SqlSegment>();
        private readonly List<SqlStatement> _statements = new List<SqlStatement>();
        private string _delimiter = DefaultDelimiter;

        // Line numbers are asked for in (nearly) increasing offset order, so a cursor is O(n) overall.
        private int _linePos;
        private int _lineNo = 1;

        // Per-statement state, reset by ScanStatement.
        private readonly List<bool> _blocks = new List<bool>(); // open constructs of a compound body: true = BEGIN, false = CASE
        private HeaderState _header;
        private bool _compound;
        private bool _trackBlocks;
        private bool _pendingEnd;
        private int _lastTokenEnd;
        private int _tokenCount;
        private bool _allWords;
        private int _t0Start, _t0End, _t1Start, _t1End, _t2Start, _t2End;

        public SqlScanner(string text, SqlSyntax syntax)
        {
            _text = text;
            _length = text.Length;
            _mySql = syntax == SqlSyntax.MySql;
        }

        // Where the scan stands in the CREATE ... header that decides whether BEGIN opens a body.
        private enum HeaderState
        {
            Start,
            AfterCreate,
            DefinerEquals,
            DefinerValueStart,
            DefinerValue,
            Done,
        }

        private enum CommentKind
        {
            None,
            Line,
            Block,

            // MySQL /*! ... */, /*M! ... */ and /*+ ... */: the server executes them, so they are content.
            Executable,
        }

        public SqlScript Scan()
        {
            var pos = 0;
            while (pos < _length)
            {
                var triviaStart = pos;
                var p = SkipTrivia(pos);
                AddSegment(SqlSegmentKind.Trivia, triviaStart, p);
                if (p >= _length)
                {
                    break;
                }

                if (TryDelimiterDirective(p, out var directiveEnd, out var newDelimiter))
                {
                    AddSegment(SqlSegmentKind.DelimiterDirective, p, directiveEnd);
                    _delimiter = newDelimiter;
                    pos = directiveEnd;
                }
                else if (AtDelimiter(p))
                {
                    // An empty statement: only the delimiter is recorded.
                    pos = p + _delimiter.Length;
                    AddSegment(SqlSegmentKind.Delimiter, p, pos);
                }
                else
                {
                    pos = ScanStatement(p);
                }
            }

            return new SqlScript(_segments.AsReadOnly(), _statements.AsReadOnly());
        }

        private int SkipTrivia(int pos)
        {
            var i = pos;
            while (i < _length)
            {
                var c = _text[i];
                if (c == _delimiter[0] && AtDelimiter(i))
                {
                    return i;
                }

                if (IsSpace(c))
                {
                    i++;
                    continue;
                }

                switch (CommentAt(i))
                {
                    case CommentKind.Line:
                        i = LineCommentEnd(i);
                        break;
                    case CommentKind.Block:
                        i = BlockCommentEnd(i);
                        break;
                    default:
                        return i;
                }
            }

            return i;
        }

        // Scans one statement starting at a content char; returns the position after its delimiter.
        private int ScanStatement(int start)
        {
            _blocks.Clear();
            _header = HeaderState.Start;
            _compound = false;
            _pendingEnd = false;
            _lastTokenEnd = -1;
            _tokenCount = 0;
            _allWords = true;

            // With a custom delimiter the mysql client ends statements only at the delimiter,
            // so BEGIN ... END bodies are tracked only under the default one.
            _trackBlocks = string.Equals(_delimiter, DefaultDelimiter, StringComparison.Ordinal);

            var i = start;
            var contentEnd = start;
            var delimiterAt = -1;
            while (i < _length)
            {
                var c = _text[i];
                if (c == _delimiter[0] && AtDelimiter(i))
                {
                    if (_pendingEnd)
                    {
                        ResolvePendingEnd(i, i, false);
                    }

                    if (_blocks.Count == 0)
                    {
                        delimiterAt = i;
                        break;
                    }

                    // Inside a trigger/procedure body the delimiter belongs to the statement.
                    var delimiterEnd = i + _delimiter.Length;
                    OnToken(i, delimiterEnd, false);
                    i = contentEnd = delimiterEnd;
                    continue;
                }

                if (IsSpace(c))
                {
                    i++;
                    continue;
                }

                int end;
                switch (CommentAt(i))
                {
                    case CommentKind.Line:
                        end = LineCommentEnd(i);
                        contentEnd = TrimEnd(i, end);
                        i = end;
                        continue;
                    case CommentKind.Block:
                        i = contentEnd = BlockCommentEnd(i);
                        continue;
                    case CommentKind.Executable:
                        end = BlockCommentEnd(i);
                        OnToken(i, end, false);
                        i = contentEnd = end;
                        continue;
                }

                var word = false;
                switch (c)
                {
                    case '\'':
                        end = SkipQuoted(i, '\'');
                        break;
                    case '"':
                        end = SkipQuoted(i, '"');
                        break;
                    case '`':
                        end = SkipQuoted(i, '`');
                        break;
                    case '[' when !_mySql:
                        end = SkipBracket(i);
                        break;
                    default:
                        if (IsWordChar(c))
                        {
                            end = WordEnd(i);
                            word = true;
                        }
                        else
                        {
                            end = i + 1;
                        }

                        break;
                }

                OnToken(i, end, word);
                i = contentEnd = end;
            }

            var text = _text.Substring(start, contentEnd - start);
            var line = LineAt(start);
            _segments.Add(new SqlSegment(SqlSegmentKind.Statement, text, start, line));
            _statements.Add(new SqlStatement(text, start, line, LineAt(contentEnd - 1), Classify()));
            AddSegment(SqlSegmentKind.Trivia, contentEnd, i);
            if (delimiterAt < 0)
            {
                return _length;
            }

            var next = delimiterAt + _delimiter.Length;
            AddSegment(SqlSegmentKind.Delimiter, delimiterAt, next);
            return next;
        }

        private void OnToken(int start, int end, bool word)
        {
            var consumed = _pendingEnd && ResolvePendingEnd(start, end, word);
            if (_header != HeaderState.Done)
            {
                StepHeader(start, end, word);
            }

            _tokenCount++;
            _allWords &= word;
            switch (_tokenCount)
            {
                case 1:
                    _t0Start = start;
                    _t0End = end;
                    break;
                case 2:
                    _t1Start = start;
                    _t1End = end;
                    break;
                case 3:
                    _t2Start = start;
                    _t2End = end;
                    break;
            }

            if (!consumed && word && _compound && _trackBlocks && !IsQualified(start))
            {
                if (Is(start, end, "BEGIN"))
                {
                    _blocks.Add(true);
                }
                else if (Is(start, end, "CASE"))
                {
                    _blocks.Add(false);
                }
                else if (Is(start, end, "END"))
                {
                    // END IF / END LOOP / END CASE ... differ from a bare END only by the next token.
                    _pendingEnd = true;
                }
            }

            _lastTokenEnd = end;
        }

        // Decides what the END before this token closed; true when the token was part of it.
        private bool ResolvePendingEnd(int start, int end, bool word)
        {
            _pendingEnd = false;
            if (word)
            {
                if (Is(start, end, "IF") || Is(start, end, "LOOP") || Is(start, end, "WHILE") || Is(start, end, "REPEAT"))
                {
                    return true;
                }

                if (Is(start, end, "CASE"))
                {
                    if (_blocks.Count > 0 && !_blocks[_blocks.Count - 1])
                    {
                        _blocks.RemoveAt(_blocks.Count - 1);
                    }

                    return true;
                }
            }

            // A bare END closes the innermost BEGIN or CASE expression.
            if (_blocks.Count > 0)
            {
                _blocks.RemoveAt(_blocks.Count - 1);
            }

            return false;
        }

        // CREATE [TEMP|TEMPORARY] [OR REPLACE] [DEFINER = user] [AGGREGATE] TRIGGER|PROCEDURE|FUNCTION|EVENT
        private void StepHeader(int start, int end, bool word)
        {
            if (_header == HeaderState.DefinerValue)
            {
                // The user ('root'@'%', `a`@`b`, CURRENT_USER()) is a run of adjacent tokens.
                if (start == _lastTokenEnd)
                {
                    return;
                }

                _header = HeaderState.AfterCreate;
            }

            switch (_header)
            {
                case HeaderState.Start:
                    _header = word && Is(start, end, "CREATE") ? HeaderState.AfterCreate : HeaderState.Done;
                    break;
                case HeaderState.DefinerEquals:
                    _header = !word && end - start == 1 && _text[start] == '=' ? HeaderState.DefinerValueStart : HeaderState.Done;
                    break;
                case HeaderState.DefinerValueStart:
                    _header = HeaderState.DefinerValue;
                    break;
                case HeaderState.AfterCreate:
                    if (!word)
                    {
                        _header = HeaderState.Done;
                    }
                    else if (Is(start, end, "TRIGGER") || Is(start, end, "PROCEDURE") || Is(start, end, "FUNCTION") || Is(start, end, "EVENT"))
                    {
                        _compound = true;
                        _header = HeaderState.Done;
                    }
                    else if (Is(start, end, "DEFINER"))
                    {
                        _header = HeaderState.DefinerEquals;
                    }
                    else if (!(Is(start, end, "TEMP") || Is(start, end, "TEMPORARY") || Is(start, end, "OR")
                        || Is(start, end, "REPLACE") || Is(start, end, "AGGREGATE")))
                    {
                        _header = HeaderState.Done;
                    }

                    break;
            }
        }

        private TransactionControl Classify()
        {
            if (!_allWords || _tokenCount == 0 || _tokenCount > 3)
            {
                return TransactionControl.None;
            }

            var s0 = _t0Start;
            var e0 = _t0End;
            if (Is(s0, e0, "BEGIN"))
            {
                if (_tokenCount == 1)
                {
                    return TransactionControl.Begin;
                }

                var mode = Is(_t1Start, _t1End, "DEFERRED") || Is(_t1Start, _t1End, "IMMEDIATE") || Is(_t1Start, _t1End, "EXCLUSIVE");
                if (_tokenCount == 2)
                {
                    return mode || Is(_t1Start, _t1End, "TRANSACTION") || Is(_t1Start, _t1End, "WORK")
                        ? TransactionControl.Begin
                        : TransactionControl.None;
                }

                return mode && Is(_t2Start, _t2End, "TRANSACTION") ? TransactionControl.Begin : TransactionControl.None;
            }

            if (_tokenCount == 3)
            {
                return TransactionControl.None;
            }

            var second = _tokenCount == 2;
            if (Is(s0, e0, "START"))
            {
                return second && Is(_t1Start, _t1End, "TRANSACTION") ? TransactionControl.Begin : TransactionControl.None;
            }

            if (Is(s0, e0, "END"))
            {
                return !second || Is(_t1Start, _t1End, "TRANSACTION") ? TransactionControl.Commit : TransactionControl.None;
            }

            var workOrTransaction = second && (Is(_t1Start, _t1End, "TRANSACTION") || Is(_t1Start, _t1End, "WORK"));
            if (Is(s0, e0, "COMMIT"))
            {
                return !second || workOrTransaction ? TransactionControl.Commit : TransactionControl.None;
            }

            if (Is(s0, e0, "ROLLBACK"))
            {
                return !second || workOrTransaction ? TransactionControl.Rollback : TransactionControl.None;
            }

            return TransactionControl.None;
        }

        // The mysql client's DELIMITER command: first token of a line, at a statement boundary.
        private bool TryDelimiterDirective(int p, out int end, out string delimiter)
        {
            end = p;
            delimiter = _delimiter;
            const int KeywordLength = 9;
            if (p + KeywordLength >= _length || !Is(p, p + KeywordLength, "DELIMITER"))
            {
                return false;
            }

            var i = p + KeywordLength;
            if (_text[i] == '\n' || !IsSpace(_text[i]))
            {
                return false;
            }

            for (var k = p - 1; k >= 0 && _text[k] != '\n'; k--)
            {
                if (!IsSpace(_text[k]))
                {
                    return false;
                }
            }

            while (i < _length && _text[i] != '\n' && IsSpace(_text[i]))
            {
                i++;
            }

            var delimiterStart = i;
            while (i < _length && !IsSpace(_text[i]))
            {
                i++;
            }

            if (i == delimiterStart)
            {
                return false;
            }

            delimiter = _text.Substring(delimiterStart, i - delimiterStart);
            var eol = _text.IndexOf('\n', i);
            if (eol < 0)
            {
                eol = _length;
            }
            else if (eol > i && _text[eol - 1] == '\r')
            {
                eol--;
            }

            end = eol;
            return true;
        }

        private bool AtDelimiter(int i)
        {
            var delimiter = _delimiter;
            if (i + delimiter.Length > _length)
            {
                return false;
            }

            for (var k = 0; k < delimiter.Length; k++)
            {
                if (_text[i + k] != delimiter[k])
                {
                    return false;
                }
            }

            return true;
        }

        private CommentKind CommentAt(int i)
        {
            var c = _text[i];
            if (c == '-')
            {
                // The mysql client needs "-- " (whitespace/control/end after it), so 1--1 is an expression.
                if (i + 1 < _length && _text[i + 1] == '-' && (!_mySql || i + 2 >= _length || _text[i + 2] <= ' '))
                {
                    return CommentKind.Line;
                }
            }
            else if (c == '#')
            {
                return _mySql ? CommentKind.Line : CommentKind.None;
            }
            else if (c == '/' && i + 1 < _length && _text[i + 1] == '*')
            {
                if (_mySql && i + 2 < _length)
                {
                    var k = _text[i + 2];
                    if (k == '!' || k == '+' || (k == 'M' && i + 3 < _length && _text[i + 3] == '!'))
                    {
                        return CommentKind.Executable;
                    }
                }

                return CommentKind.Block;
            }

            return CommentKind.None;
        }

        private int LineCommentEnd(int i)
        {
            var eol = _text.IndexOf('\n', i);
            return eol < 0 ? _length : eol;
        }

        private int BlockCommentEnd(int i)
        {
            var close = _text.IndexOf("*/", i + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw Unterminated("/* comment", i);
            }

            return close + 2;
        }

        private int SkipQuoted(int start, char quote)
        {
            // Backslash escapes exist only in MySQL strings, never in backtick identifiers.
            char[]? stops = null;
            if (_mySql && quote != '`')
            {
                stops = quote == '\'' ? SingleQuoteStops : DoubleQuoteStops;
            }

            var i = start + 1;
            while (i < _length)
            {
                i = stops == null ? _text.IndexOf(quote, i) : _text.IndexOfAny(stops, i);
                if (i < 0)
                {
                    break;
                }

                if (_text[i] == '\\')
                {
                    i += 2;
                    continue;
                }

                if (i + 1 < _length && _text[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            var what = quote == '\'' || (quote == '"' && _mySql) ? "string literal" : "quoted identifier";
            throw Unterminated(what, start);
        }

        // SQLite [identifiers] have no escape.
        private int SkipBracket(int start)
        {
            var close = _text.IndexOf(']', start + 1);
            if (close < 0)
            {
                throw Unterminated("quoted identifier", start);
            }

            return close + 1;
        }

        private int WordEnd(int i)
        {
            var first = _delimiter[0];
            var j = i + 1;
            while (j < _length && IsWordChar(_text[j]) && !(_text[j] == first && AtDelimiter(j)))
            {
                j++;
            }

            return j;
        }

        private int TrimEnd(int start, int end)
        {
            while (end > start && IsSpace(_text[end - 1]))
            {
                end--;
            }

            return end;
        }

        // NEW.end, @begin: a qualified name or variable is never a keyword.
        private bool IsQualified(int start) => start > 0 && (_text[start - 1] == '.' || _text[start - 1] == '@');

        // Whole-token, ASCII case-insensitive match against an upper-case keyword.
        private bool Is(int start, int end, string keyword)
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

        private void AddSegment(SqlSegmentKind kind, int start, int end)
        {
            if (end > start)
            {
                _segments.Add(new SqlSegment(kind, _text.Substring(start, end - start), start, LineAt(start)));
            }
        }

        private SqlSyntaxException Unterminated(string what, int start)
        {
            var line = LineAt(start);
            return new SqlSyntaxException("unterminated " + what + " starting on line " + line, line);
        }

        // 1-based line of the char at pos; only '\n' counts, so "\r\n" is one line break.
        private int LineAt(int pos)
        {
            if (pos >= _linePos)
            {
                var i = _linePos;
                while (i < pos && (i = _text.IndexOf('\n', i, pos - i)) >= 0)
                {
                    _lineNo++;
                    i++;
                }
            }
            else
            {
                for (var i = pos; i < _linePos; i++)
                {
                    if (_text[i] == '\n')
                    {
                        _lineNo--;
                    }
                }
            }

            _linePos = pos;
            return _lineNo;
        }

        private static bool IsSpace(char c) =>
            c == ' ' || (c >= '\t' && c <= '\r') || (c > '\u007f' && (char.IsWhiteSpace(c) || c == '\ufeff'));

        private static bool IsWordChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
            || (c > '\u007f' && !IsSpace(c));
    }
}
