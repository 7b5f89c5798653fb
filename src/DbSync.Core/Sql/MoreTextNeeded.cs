using System;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// Thrown inside the lexer when a construct runs past the end of a window of text that is not the whole script.
    /// The splitter catches it and rescans the construct once more text has arrived; it never leaves DbSync.Core.
    /// </summary>
    internal sealed class MoreTextNeeded : Exception
    {
        public static readonly MoreTextNeeded Instance = new MoreTextNeeded();

        private MoreTextNeeded()
            : base("the lexer needs more text")
        {
        }
    }
}
