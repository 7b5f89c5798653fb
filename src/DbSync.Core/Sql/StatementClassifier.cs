namespace DbSync.Core.Sql
{
    /// <summary>
    /// Watches the tokens of one statement to tell whether it is, in its entirety, transaction control
    /// (<see cref="TransactionControl"/>), and whether it is a <c>COPY ... FROM stdin</c> (<see cref="ClientCommand"/>).
    /// Only the first three tokens are kept.
    /// </summary>
    internal sealed class StatementClassifier
    {
        private readonly SqlLexer _lexer;
        private int _tokenCount;
        private bool _allWords;
        private int _t0Start, _t0End, _t1Start, _t1End, _t2Start, _t2End;
        private bool _copy;
        private bool _afterFrom;
        private ClientCommand _client;

        public StatementClassifier(SqlLexer lexer)
        {
            _lexer = lexer;
        }

        public void Reset()
        {
            _tokenCount = 0;
            _allWords = true;
            _copy = false;
            _afterFrom = false;
            _client = ClientCommand.None;
        }

        public void OnToken(int start, int end, bool word)
        {
            _tokenCount++;
            _allWords &= word;
            switch (_tokenCount)
            {
                case 1:
                    _t0Start = start;
                    _t0End = end;
                    _copy = word && _lexer.Syntax.Has(SqlRules.ClientCommands) && _lexer.Is(start, end, "COPY");
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

            if (_copy)
            {
                if (_afterFrom && word && _lexer.Is(start, end, "STDIN"))
                {
                    _client = ClientCommand.CopyFromStdin;
                }

                _afterFrom = word && _lexer.Is(start, end, "FROM");
            }
        }

        /// <summary>A psql backslash command inside the statement.</summary>
        public void OnMetaCommand() => _client = ClientCommand.MetaCommand;

        public ClientCommand ClientCommand => _client;

        public TransactionControl Classify()
        {
            if (!_allWords || _tokenCount == 0 || _tokenCount > 3)
            {
                return TransactionControl.None;
            }

            if (Is0("BEGIN"))
            {
                if (_tokenCount == 1)
                {
                    return TransactionControl.Begin;
                }

                var mode = Is1("DEFERRED") || Is1("IMMEDIATE") || Is1("EXCLUSIVE");
                if (_tokenCount == 2)
                {
                    return mode || Is1("TRANSACTION") || Is1("WORK") ? TransactionControl.Begin : TransactionControl.None;
                }

                return mode && _lexer.Is(_t2Start, _t2End, "TRANSACTION") ? TransactionControl.Begin : TransactionControl.None;
            }

            if (_tokenCount == 3)
            {
                return TransactionControl.None;
            }

            var second = _tokenCount == 2;
            if (Is0("START"))
            {
                return second && Is1("TRANSACTION") ? TransactionControl.Begin : TransactionControl.None;
            }

            if (Is0("END"))
            {
                return !second || Is1("TRANSACTION") ? TransactionControl.Commit : TransactionControl.None;
            }

            var workOrTransaction = second && (Is1("TRANSACTION") || Is1("WORK"));
            if (Is0("COMMIT"))
            {
                return !second || workOrTransaction ? TransactionControl.Commit : TransactionControl.None;
            }

            if (Is0("ROLLBACK"))
            {
                return !second || workOrTransaction ? TransactionControl.Rollback : TransactionControl.None;
            }

            return TransactionControl.None;
        }

        private bool Is0(string keyword) => _lexer.Is(_t0Start, _t0End, keyword);

        private bool Is1(string keyword) => _lexer.Is(_t1Start, _t1End, keyword);
    }
}
