namespace DbSync.Core.Sql
{
    /// <summary>What a <see cref="SqlSegment"/> is.</summary>
    public enum SqlSegmentKind
    {
        /// <summary>Statement text as sent to the database (equal to <see cref="SqlStatement.Text"/>).</summary>
        Statement,

        /// <summary>The delimiter that ends a statement (or an empty statement).</summary>
        Delimiter,

        /// <summary>Whitespace and comments outside statements.</summary>
        Trivia,

        /// <summary>A whole mysql-client <c>DELIMITER xx</c> line, without its line break.</summary>
        DelimiterDirective,

        /// <summary>A line of <c>COPY ... FROM stdin</c> data, up to and including the <c>\.</c> line that ends it.</summary>
        CopyData,
    }
}
