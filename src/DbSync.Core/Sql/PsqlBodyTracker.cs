namespace DbSync.Core.Sql
{
    /// <summary>
    /// <see cref="CompoundBodyStyle.BeginAtomic"/>, psql's own count (psqlscan.l): in a statement that starts
    /// <c>CREATE [OR REPLACE] FUNCTION|PROCEDURE</c>, <c>BEGIN</c> outside parentheses opens a SQL-standard body
    /// (<c>BEGIN ATOMIC ... END</c>), <c>CASE</c> inside one opens another level and <c>END</c> closes one. In any
    /// statement, a delimiter inside parentheses does not end it.
    /// </summary>
    internal sealed class PsqlBodyTracker : IBodyTracker
    {
        private readonly SqlLexer _lexer;
        private readonly char[] _firstLetters = new char[4];
        private int _words;
        private int _beginDepth;
        private int _parenDepth;

        public PsqlBodyTracker(SqlLexer lexer)
        {
            _lexer = lexer;
        }

        public void Reset(bool defaultDelimiter)
        {
            _words = 0;
            _beginDepth = 0;
            _parenDepth = 0;
        }

        public bool HoldsDelimiter(int at) => _parenDepth > 0 || _beginDepth > 0;

        public void OnToken(int start, int end, bool word)
        {
            var c = _lexer.Text[start];
            if (!word)
            {
                if (end - start == 1 && c == '(')
                {
                    _parenDepth++;
                }
                else if (end - start == 1 && c == ')' && _parenDepth > 0)
                {
                    _parenDepth--;
                }

                return;
            }

            // psql's identifiers start with a letter or underscore; numbers and $1 are not among them.
            if (!(char.IsLetter(c) || c == '_' || c > '\u007f'))
            {
                return;
            }

            if (_words < _firstLetters.Length)
            {
                var keyword = _lexer.Is(start, end, "CREATE") || _lexer.Is(start, end, "FUNCTION") || _lexer.Is(start, end, "PROCEDURE")
                    || _lexer.Is(start, end, "OR") || _lexer.Is(start, end, "REPLACE");
                _firstLetters[_words] = keyword ? char.ToLowerInvariant(c) : '\0';
            }

            _words++;
            if (!IsRoutine() || _parenDepth != 0)
            {
                return;
            }

            if (_lexer.Is(start, end, "BEGIN"))
            {
                _beginDepth++;
            }
            else if (_lexer.Is(start, end, "CASE"))
            {
                // CASE also ends with END; it only matters inside a body.
                if (_beginDepth >= 1)
                {
                    _beginDepth++;
                }
            }
            else if (_lexer.Is(start, end, "END") && _beginDepth > 0)
            {
                _beginDepth--;
            }
        }

        private bool IsRoutine()
        {
            char Letter(int i) => i < _words ? _firstLetters[i] : '\0';
            return Letter(0) == 'c' && (Letter(1) == 'f' || Letter(1) == 'p'
                || (Letter(1) == 'o' && Letter(2) == 'r' && (Letter(3) == 'f' || Letter(3) == 'p')));
        }
    }
}
