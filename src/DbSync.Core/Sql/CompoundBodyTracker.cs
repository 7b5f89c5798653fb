using System.Collections.Generic;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// <see cref="CompoundBodyStyle.RoutineHeader"/>: a statement that starts
    /// <c>CREATE [TEMP|TEMPORARY] [OR REPLACE] [DEFINER = user] [AGGREGATE] TRIGGER|PROCEDURE|FUNCTION|EVENT</c> has a
    /// body in which <c>BEGIN</c> and <c>CASE</c> open blocks that <c>END</c> closes; delimiters inside it belong to
    /// the statement (MySQL routines and triggers, SQLite triggers).
    /// </summary>
    internal sealed class CompoundBodyTracker : IBodyTracker
    {
        private readonly SqlLexer _lexer;
        private readonly List<bool> _blocks = new List<bool>(); // open constructs: true = BEGIN, false = CASE
        private HeaderState _header;
        private bool _compound;
        private bool _trackBlocks;
        private bool _pendingEnd;
        private int _lastTokenEnd;

        public CompoundBodyTracker(SqlLexer lexer)
        {
            _lexer = lexer;
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

        public void Reset(bool defaultDelimiter)
        {
            _blocks.Clear();
            _header = HeaderState.Start;
            _compound = false;
            _pendingEnd = false;
            _lastTokenEnd = -1;

            // With a custom delimiter the mysql client ends statements only at the delimiter,
            // so BEGIN ... END bodies are tracked only under the default one.
            _trackBlocks = defaultDelimiter;
        }

        public bool HoldsDelimiter(int at)
        {
            if (_pendingEnd)
            {
                ResolvePendingEnd(at, at, false);
            }

            return _blocks.Count > 0;
        }

        public void OnToken(int start, int end, bool word)
        {
            var consumed = _pendingEnd && ResolvePendingEnd(start, end, word);
            if (_header != HeaderState.Done)
            {
                StepHeader(start, end, word);
            }

            if (!consumed && word && _compound && _trackBlocks && !IsQualified(start))
            {
                if (_lexer.Is(start, end, "BEGIN"))
                {
                    _blocks.Add(true);
                }
                else if (_lexer.Is(start, end, "CASE"))
                {
                    _blocks.Add(false);
                }
                else if (_lexer.Is(start, end, "END"))
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
                if (_lexer.Is(start, end, "IF") || _lexer.Is(start, end, "LOOP") || _lexer.Is(start, end, "WHILE") || _lexer.Is(start, end, "REPEAT"))
                {
                    return true;
                }

                if (_lexer.Is(start, end, "CASE"))
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
                    _header = word && _lexer.Is(start, end, "CREATE") ? HeaderState.AfterCreate : HeaderState.Done;
                    break;
                case HeaderState.DefinerEquals:
                    _header = !word && end - start == 1 && _lexer.Text[start] == '=' ? HeaderState.DefinerValueStart : HeaderState.Done;
                    break;
                case HeaderState.DefinerValueStart:
                    _header = HeaderState.DefinerValue;
                    break;
                case HeaderState.AfterCreate:
                    StepAfterCreate(start, end, word);
                    break;
            }
        }

        private void StepAfterCreate(int start, int end, bool word)
        {
            if (!word)
            {
                _header = HeaderState.Done;
            }
            else if (_lexer.Is(start, end, "TRIGGER") || _lexer.Is(start, end, "PROCEDURE") || _lexer.Is(start, end, "FUNCTION") || _lexer.Is(start, end, "EVENT"))
            {
                _compound = true;
                _header = HeaderState.Done;
            }
            else if (_lexer.Is(start, end, "DEFINER"))
            {
                _header = HeaderState.DefinerEquals;
            }
            else if (!(_lexer.Is(start, end, "TEMP") || _lexer.Is(start, end, "TEMPORARY") || _lexer.Is(start, end, "OR")
                || _lexer.Is(start, end, "REPLACE") || _lexer.Is(start, end, "AGGREGATE")))
            {
                _header = HeaderState.Done;
            }
        }

        // NEW.end, @begin: a qualified name or variable is never a keyword.
        private bool IsQualified(int start) => start > 0 && (_lexer.Text[start - 1] == '.' || _lexer.Text[start - 1] == '@');
    }
}
