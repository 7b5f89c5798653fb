using System;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// One token of a DDL statement or expression. <see cref="Text"/> is as written; <see cref="Value"/> is a name without
    /// its quotes or a string's content without quotes and escapes.
    /// </summary>
    public readonly struct SqlToken
    {
        public SqlToken(SqlTokenKind kind, string text, string value, int start, int end)
        {
            Kind = kind;
            Text = text;
            Value = value;
            Start = start;
            End = end;
        }

        public SqlTokenKind Kind { get; }

        public string Text { get; }

        public string Value { get; }

        /// <summary>Char offset of the token's first char in the text read.</summary>
        public int Start { get; }

        /// <summary>Char offset after the token's last char.</summary>
        public int End { get; }

        /// <summary>A word or a quoted name: something that can name a table or column.</summary>
        public bool IsName => Kind == SqlTokenKind.Word || Kind == SqlTokenKind.QuotedName;

        public bool IsWord(string word) => Kind == SqlTokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

        public bool IsSymbol(string symbol) => Kind == SqlTokenKind.Symbol && Text == symbol;

        public override string ToString() => Kind + " " + Text;
    }
}
