namespace DbSync.Schema.Parsing;

public enum SqlTokenKind
{
    /// <summary>A bare word: a keyword or an unquoted name.</summary>
    Word,

    /// <summary>A name in "double quotes", [brackets] or `backticks`.</summary>
    QuotedName,

    /// <summary>A 'string literal' (also a blob literal x'00').</summary>
    String,

    Number,

    /// <summary>Operators and punctuation: ( ) , ; . = &lt;= || and so on.</summary>
    Symbol,
}
