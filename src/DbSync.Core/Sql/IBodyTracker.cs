namespace DbSync.Core.Sql
{
    /// <summary>Follows the tokens of one statement to tell whether a delimiter is inside a routine or trigger body.</summary>
    internal interface IBodyTracker
    {
        /// <summary>A new statement starts; <paramref name="defaultDelimiter"/> is false under a client <c>DELIMITER</c>.</summary>
        void Reset(bool defaultDelimiter);

        /// <summary>A token of the statement: a word, or any other lexeme that is content (not a comment).</summary>
        void OnToken(int start, int end, bool word);

        /// <summary>Whether the delimiter at <paramref name="at"/> belongs to the statement rather than ending it.</summary>
        bool HoldsDelimiter(int at);
    }
}
