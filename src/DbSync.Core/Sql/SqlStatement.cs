using System;

namespace DbSync.Core.Sql
{
    /// <summary>One statement of a script, ready to send to the database.</summary>
    public sealed class SqlStatement
    {
        public SqlStatement(string text, int offset, int line, int endLine, TransactionControl transactionControl)
        {
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Offset = offset;
            Line = line;
            EndLine = endLine;
            TransactionControl = transactionControl;
        }

        /// <summary>
        /// The statement without its terminating delimiter, leading/trailing whitespace and
        /// leading comments; comments inside (and trailing ones) are kept as written.
        /// </summary>
        public string Text { get; }

        /// <summary>1-based line of the statement's first character.</summary>
        public int Line { get; }

        /// <summary>1-based line of the statement's last character.</summary>
        public int EndLine { get; }

        /// <summary>Char offset of <see cref="Text"/> in the script.</summary>
        public int Offset { get; }

        public TransactionControl TransactionControl { get; }

        public override string ToString() => "line " + Line + ": " + Text;
    }
}
