namespace DbSync.Core.Sql
{
    /// <summary>What a <see cref="SqlToken"/> is.</summary>
    public enum SqlTokenKind
    {
        /// <summary>A bare word: a keyword or an unquoted name.</summary>
        Word,

        /// <summary>A name in the dialect's identifier quotes ("double quotes", `backticks`, [brackets]).</summary>
        QuotedName,

        /// <summary>A 'string literal' (also a blob literal x'00', an E'' or a $$dollar-quoted$$ string).</summary>
        String,

        Number,

        /// <summary>Operators and punctuation: ( ) , ; . = &lt;= || and so on.</summary>
        Symbol,
    }
}
