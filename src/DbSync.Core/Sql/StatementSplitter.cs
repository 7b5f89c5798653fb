using System.Collections.Generic;
using System.Text;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// Splits a script into statements the way the dialect's client would, over a window of text that the caller
    /// fills: the whole script at once (<see cref="SqlScriptParser"/>) or chunk by chunk (<see cref="SqlStatementReader"/>).
    /// Text before the statement being scanned is dropped from the window, so memory follows the longest statement,
    /// not the script. A statement cut by the end of a window is scanned again, whole, once more text has arrived.
    /// </summary>
    internal sealed class StatementSplitter
    {
        private const string DefaultDelimiter = ";";

        private readonly SqlLexer _lexer;
        private readonly IBodyTracker _body;
        private readonly StatementClassifier _classifier;
        private readonly List<SqlSegment>? _segments;
        private readonly StringBuilder _incoming = new StringBuilder();
        private bool _complete;
        private int _needed;
        private string _delimiter = DefaultDelimiter;
        private int _pos;
        private int _offsetBase;
        private bool _inCopyData;

        /// <param name="segments">Receives every segment of the script (a lossless split) when not null; only for a whole script.</param>
        public StatementSplitter(SqlSyntax syntax, List<SqlSegment>? segments = null)
        {
            _lexer = new SqlLexer(syntax) { Delimiter = DefaultDelimiter };
            _body = syntax.CompoundBodies == CompoundBodyStyle.BeginAtomic ? new PsqlBodyTracker(_lexer) : (IBodyTracker)new CompoundBodyTracker(_lexer);
            _classifier = new StatementClassifier(_lexer);
            _segments = segments;
            _lexer.SetText(string.Empty, false);
        }

        /// <summary>The whole script, as the only window.</summary>
        public void SetScript(string text)
        {
            _complete = true;
            _lexer.SetText(text, true);
        }

        /// <summary>Appends <paramref name="count"/> chars of the script; they are scanned at the next <see cref="Next"/>.</summary>
        public void Append(char[] chars, int count)
        {
            _incoming.Append(chars, 0, count);
        }

        /// <summary>No more text will come: the window now ends where the script ends.</summary>
        public void Complete()
        {
            _complete = true;
        }

        /// <exception cref="SqlSyntaxException">A string, quoted name or comment is not terminated.</exception>
        public SplitStep Next(out SqlStatement? statement)
        {
            statement = null;
            if (!TakeIncoming())
            {
                return SplitStep.NeedsText;
            }

            try
            {
                while (true)
                {
                    if (_inCopyData)
                    {
                        SkipCopyData();
                    }

                    var p = SkipTrivia(_pos);
                    AddSegment(SqlSegmentKind.Trivia, _pos, p);
                    _pos = p;
                    if (!_lexer.Has(p))
                    {
                        return SplitStep.End;
                    }

                    if (DelimiterDirective.TryRead(_lexer, p, out var directiveEnd, out var newDelimiter))
                    {
                        AddSegment(SqlSegmentKind.DelimiterDirective, p, directiveEnd);
                        _delimiter = _lexer.Delimiter = newDelimiter;
                        _pos = directiveEnd;
                    }
                    else if (_lexer.AtDelimiter(p))
                    {
                        // An empty statement: only the delimiter is recorded.
                        _pos = p + _delimiter.Length;
                        AddSegment(SqlSegmentKind.Delimiter, p, _pos);
                    }
                    else
                    {
                        statement = ScanStatement(p);
                        return SplitStep.Statement;
                    }
                }
            }
            catch (MoreTextNeeded)
            {
                // Rescan only once as much text again has arrived, so a long statement is scanned O(log n) times.
                _needed = _lexer.Length - _pos;
                return SplitStep.NeedsText;
            }
        }

        // Moves appended text into the window, dropping what was already split; false while too little has come.
        private bool TakeIncoming()
        {
            if (_lexer.IsFinal || (_incoming.Length == 0 && !_complete))
            {
                return _lexer.IsFinal || _needed == 0;
            }

            if (!_complete && _incoming.Length < _needed)
            {
                return false;
            }

            var text = _lexer.Text;
            _lexer.Lines.Discard(_pos);
            _offsetBase += _pos;
            _lexer.SetText(text.Substring(_pos) + _incoming.ToString(), _complete);
            _incoming.Clear();
            _pos = 0;
            _needed = 0;
            return true;
        }

        private int SkipTrivia(int pos)
        {
            var text = _lexer.Text;
            var i = pos;
            while (_lexer.Has(i))
            {
                var c = text[i];
                if (c == _delimiter[0] && _lexer.AtDelimiter(i))
                {
                    return i;
                }

                if (SqlLexer.IsSpace(c))
                {
                    i++;
                }
                else if (_lexer.CommentAt(i) is var kind && (kind == LexemeKind.LineComment || kind == LexemeKind.BlockComment))
                {
                    i = _lexer.Next(i, out _);
                }
                else
                {
                    return i;
                }

                if (_segments == null)
                {
                    // Streaming: a long run of comments is dropped as it is read, not kept until a statement comes.
                    _pos = i;
                }
            }

            return i;
        }

        // Scans one statement starting at a content char, up to its delimiter (or the end of the script).
        private SqlStatement ScanStatement(int start)
        {
            _body.Reset(_delimiter == DefaultDelimiter);
            _classifier.Reset();
            var text = _lexer.Text;
            var i = start;
            var contentEnd = start;
            var delimiterAt = -1;
            var endedByCommand = false;
            while (_lexer.Has(i))
            {
                var c = text[i];
                if (c == _delimiter[0] && _lexer.AtDelimiter(i))
                {
                    if (!_body.HoldsDelimiter(i))
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

                if (SqlLexer.IsSpace(c))
                {
                    i++;
                    continue;
                }

                var end = _lexer.Next(i, out var kind);
                switch (kind)
                {
                    case LexemeKind.LineComment:
                        contentEnd = TrimEnd(i, end);
                        i = end;
                        continue;
                    case LexemeKind.BlockComment:
                        i = contentEnd = end;
                        continue;
                    case LexemeKind.MetaCommand:
                        // psql runs a backslash command at once; whatever came before it on the line went with it.
                        _classifier.OnMetaCommand();
                        contentEnd = TrimEnd(i, end);
                        i = end;
                        endedByCommand = true;
                        break;
                    default:
                        OnToken(i, end, kind == LexemeKind.Word);
                        i = contentEnd = end;
                        continue;
                }

                break;
            }

            var statementText = text.Substring(start, contentEnd - start);
            var line = _lexer.Lines.LineAt(start);
            var statement = new SqlStatement(statementText, _offsetBase + start, line, _lexer.Lines.LineAt(contentEnd - 1),
                _classifier.Classify(), _lexer.Lines.ColumnAt(start), _classifier.ClientCommand);
            AddSegment(SqlSegmentKind.Statement, start, contentEnd);
            AddSegment(SqlSegmentKind.Trivia, contentEnd, i);
            _inCopyData = statement.ClientCommand == ClientCommand.CopyFromStdin;
            if (delimiterAt < 0)
            {
                _pos = endedByCommand ? i : _lexer.Length;
                return statement;
            }

            _pos = delimiterAt + _delimiter.Length;
            AddSegment(SqlSegmentKind.Delimiter, delimiterAt, _pos);
            return statement;
        }

        private void OnToken(int start, int end, bool word)
        {
            _body.OnToken(start, end, word);
            _classifier.OnToken(start, end, word);
        }

        // COPY ... FROM stdin: the lines after the statement are data up to a line holding only \. (or the end).
        private void SkipCopyData()
        {
            var text = _lexer.Text;
            while (_lexer.Has(_pos))
            {
                var eol = _lexer.LineEnd(_pos);
                var next = eol < _lexer.Length ? eol + 1 : eol;
                var content = eol > _pos && text[eol - 1] == '\r' ? eol - 1 : eol;
                var terminator = content - _pos == 2 && text[_pos] == '\\' && text[_pos + 1] == '.';
                AddSegment(SqlSegmentKind.CopyData, _pos, next);
                _pos = next;
                if (terminator)
                {
                    break;
                }
            }

            _inCopyData = false;
        }

        private int TrimEnd(int start, int end)
        {
            var text = _lexer.Text;
            while (end > start && SqlLexer.IsSpace(text[end - 1]))
            {
                end--;
            }

            return end;
        }

        private void AddSegment(SqlSegmentKind kind, int start, int end)
        {
            if (_segments != null && end > start)
            {
                _segments.Add(new SqlSegment(kind, _lexer.Text.Substring(start, end - start), _offsetBase + start, _lexer.Lines.LineAt(start)));
            }
        }
    }
}
