namespace DbSync.Core.Sql
{
    /// <summary>
    /// Line and column of positions in a window of a script, where text before the window may already be gone.
    /// Only '\n' counts, so "\r\n" is one line break. Positions are asked for in (nearly) increasing order, so the
    /// cursor makes line numbers O(n) over a whole script.
    /// </summary>
    internal sealed class LineCounter
    {
        private string _text = string.Empty;
        private int _pos;
        private int _line = 1;

        // Characters of the window's first line that lie before the window, and whether they were all whitespace.
        private int _columnCarry;
        private bool _blankBeforeWindow = true;

        public void SetText(string text)
        {
            _text = text;
        }

        /// <summary>1-based line of the char at <paramref name="pos"/> of the window.</summary>
        public int LineAt(int pos)
        {
            if (pos >= _pos)
            {
                var i = _pos;
                while (i < pos && (i = _text.IndexOf('\n', i, pos - i)) >= 0)
                {
                    _line++;
                    i++;
                }
            }
            else
            {
                for (var i = pos; i < _pos; i++)
                {
                    if (_text[i] == '\n')
                    {
                        _line--;
                    }
                }
            }

            _pos = pos;
            return _line;
        }

        /// <summary>1-based column (in UTF-16 chars) of the char at <paramref name="pos"/> of the window.</summary>
        public int ColumnAt(int pos)
        {
            var newline = pos > 0 ? _text.LastIndexOf('\n', pos - 1, pos) : -1;
            return newline >= 0 ? pos - newline : _columnCarry + pos + 1;
        }

        /// <summary>Whether only whitespace precedes <paramref name="pos"/> on its line.</summary>
        public bool IsLineStart(int pos)
        {
            for (var k = pos - 1; k >= 0; k--)
            {
                var c = _text[k];
                if (c == '\n')
                {
                    return true;
                }

                if (!SqlLexer.IsSpace(c))
                {
                    return false;
                }
            }

            return _blankBeforeWindow;
        }

        /// <summary>The window loses its first <paramref name="count"/> chars; call <see cref="SetText"/> with the rest next.</summary>
        public void Discard(int count)
        {
            if (count == 0)
            {
                return;
            }

            LineAt(count);
            var newline = _text.LastIndexOf('\n', count - 1, count);
            var blank = newline >= 0 || _blankBeforeWindow;
            for (var k = newline + 1; k < count && blank; k++)
            {
                blank = SqlLexer.IsSpace(_text[k]);
            }

            _columnCarry = newline >= 0 ? count - newline - 1 : _columnCarry + count;
            _blankBeforeWindow = blank;
            _pos = 0;
        }
    }
}
