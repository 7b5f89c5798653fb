using System;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// The script cannot be split: a string, quoted identifier or block comment is never closed.
    /// Raised before anything runs, so a broken script applies nothing.
    /// </summary>
    public sealed class SqlSyntaxException : Exception
    {
        public SqlSyntaxException(string message, int line)
            : base(message)
        {
            Line = line;
        }

        /// <summary>1-based line where the unterminated construct starts.</summary>
        public int Line { get; }
    }
}
