namespace DbSync.Core.Sql
{
    /// <summary>What <see cref="SqlLexer.Next"/> found at a position.</summary>
    internal enum LexemeKind
    {
        Space,
        LineComment,
        BlockComment,

        /// <summary>MySQL <c>/*! ... */</c>, <c>/*M! ... */</c>, <c>/*+ ... */</c>: the server runs them, so they are content.</summary>
        ExecutableComment,

        /// <summary>A string literal, <c>E'...'</c> included.</summary>
        String,

        /// <summary>A dollar-quoted PostgreSQL string, <c>$$...$$</c> or <c>$tag$...$tag$</c>.</summary>
        DollarString,

        /// <summary>A name in the dialect's identifier quotes or brackets.</summary>
        QuotedName,

        /// <summary>A run of word characters: a keyword, a name or a number.</summary>
        Word,

        /// <summary>A psql backslash command, to the end of its line.</summary>
        MetaCommand,

        /// <summary>Any other single character.</summary>
        Symbol,
    }
}
