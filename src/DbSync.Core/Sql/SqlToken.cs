using System;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// One token of a DDL statement or expression. <see cref="Text"/> is as written; <see cref="Value"/> is a name without
    /// its quotes or a string's content without quotes and escapes; <see cref="Start"/> and <see cref="End"/> are char offsets.
    /// </summary>
    public readonly record struct SqlToken(SqlTokenKind Kind, string Text, string Value, int Start, int End)
    {
        /// <summary>A word or a quoted name: something that can name a table or column.</summary>
        public bool IsName => Kind == SqlTokenKind.Word || Kind == SqlTokenKind.QuotedName;

        public bool IsWord(string word) => Kind == SqlTokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

        public bool IsSymbol(string symbol) => Kind == SqlTokenKind.Symbol && Text == symbol;
    }
}
