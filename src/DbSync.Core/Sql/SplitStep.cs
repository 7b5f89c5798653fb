namespace DbSync.Core.Sql
{
    /// <summary>What one call of <see cref="StatementSplitter.Next"/> came to.</summary>
    internal enum SplitStep
    {
        /// <summary>A statement is complete.</summary>
        Statement,

        /// <summary>The window ends inside a construct: append more text, or complete the script, and call again.</summary>
        NeedsText,

        /// <summary>The script has no more statements.</summary>
        End,
    }
}
