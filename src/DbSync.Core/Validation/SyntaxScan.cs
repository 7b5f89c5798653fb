using System.Collections.Generic;
using DbSync.Core.Sql;

namespace DbSync.Core.Validation
{
    /// <summary>What splitting a script under one syntax found, fed chunk by chunk by <see cref="ScriptScan"/>.</summary>
    internal sealed class SyntaxScan
    {
        private readonly StatementSplitter _splitter;
        private readonly List<SqlStatement> _transactionControl = new List<SqlStatement>();

        public SyntaxScan(SqlSyntax syntax)
        {
            Syntax = syntax;
            _splitter = new StatementSplitter(syntax);
        }

        public SqlSyntax Syntax { get; }

        public int StatementCount { get; private set; }

        /// <summary>BEGIN, COMMIT and ROLLBACK statements, up to the error if there is one.</summary>
        public IReadOnlyList<SqlStatement> TransactionControl => _transactionControl;

        /// <summary>The unterminated construct that stopped the split (DBS009), located in the file.</summary>
        public SqlSyntaxException? Error { get; private set; }

        /// <summary>Appends <paramref name="count"/> chars, or completes the script when it is 0, and splits what it can.</summary>
        public void Feed(char[] chunk, int count, string path)
        {
            if (Error != null)
            {
                return;
            }

            if (count == 0)
            {
                _splitter.Complete();
            }
            else
            {
                _splitter.Append(chunk, count);
            }

            try
            {
                while (_splitter.Next(out SqlStatement? statement) == SplitStep.Statement)
                {
                    StatementCount++;
                    if (statement!.TransactionControl != Sql.TransactionControl.None)
                    {
                        _transactionControl.Add(statement);
                    }
                }
            }
            catch (SqlSyntaxException e)
            {
                Error = e.InFile(path);
            }
        }
    }
}
