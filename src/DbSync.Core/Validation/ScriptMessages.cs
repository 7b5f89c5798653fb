namespace DbSync.Core.Validation
{
    /// <summary>
    /// The words of the script content rules, shared by the build (<see cref="RepositoryValidator"/>) and the run
    /// (the engine's step planner), so a script is refused with the same code and text in both places.
    /// </summary>
    public static class ScriptMessages
    {
        /// <summary>DBS005, a warning: a 0-byte script (sqlalchemy-migrate writes them) runs as a no-op.</summary>
        public static string Empty(string fileName) =>
            fileName + " is empty (0 bytes) and runs as a no-op; write the version's statements, or delete the script";

        /// <summary>DBS011, an error: only comments and whitespace, such as the untouched template of <c>dotnet dbsync revision</c>.</summary>
        public static string NoStatement(string fileName) =>
            fileName + " holds no statement, only comments or whitespace; write the version's statements below its header (a version that does nothing needs a statement such as SELECT 1), or delete the revision";

        /// <summary>DBS010, an error: a ROLLBACK would end the transaction DbSync runs the version in.</summary>
        public static string Rollback(string statement) =>
            "'" + statement + "' would undo DbSync's own transaction; remove it from the script";

        /// <summary>DBS010, a warning: BEGIN and COMMIT are skipped at run time.</summary>
        public static string SkippedTransactionControl(string statement) =>
            "'" + statement + "' is skipped when the script runs: DbSync runs each version in a transaction of its own; remove the statement";

        /// <summary>The first line of a statement, as messages quote it.</summary>
        public static string FirstLine(string text)
        {
            int end = text.IndexOfAny(new[] { '\r', '\n' });
            return end < 0 ? text : text.Substring(0, end);
        }
    }
}
