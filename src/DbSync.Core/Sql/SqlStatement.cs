using System;

namespace DbSync.Core.Sql
{
    /// <summary>One statement of a script, ready to send to the database.</summary>
    public sealed class SqlStatement
    {
        public SqlStatement(string text, int offset, int line, int endLine, TransactionControl transactionControl)
            : this(text, offset, line, endLine, transactionControl, 1, ClientCommand.None)
        {
        }

        public SqlStatement(string text, int offset, int line, int endLine, TransactionControl transactionControl, int column, ClientCommand clientCommand)
        {
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Offset = offset;
            Line = line;
            EndLine = endLine;
            TransactionControl = transactionControl;
            Column = column;
            ClientCommand = clientCommand;
        }

        /// <summary>
        /// The statement without its terminating delimiter, leading/trailing whitespace and
        /// leading comments; comments inside (and trailing ones) are kept as written.
        /// </summary>
        public string Text { get; }

        /// <summary>1-based line of the statement's first character.</summary>
        public int Line { get; }

        /// <summary>1-based column (in UTF-16 chars) of the statement's first character.</summary>
        public int Column { get; }

        /// <summary>1-based line of the statement's last character.</summary>
        public int EndLine { get; }

        /// <summary>Char offset of <see cref="Text"/> in the script.</summary>
        public int Offset { get; }

        public TransactionControl TransactionControl { get; }

        /// <summary>Whether only the dialect's command-line client understands the statement (psql's backslash commands, <c>COPY ... FROM stdin</c>).</summary>
        public ClientCommand ClientCommand { get; }

        public override string ToString() => "line " + Line + ": " + Text;
    }
}
