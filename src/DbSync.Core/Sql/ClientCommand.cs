namespace DbSync.Core.Sql
{
    /// <summary>
    /// Whether a statement is something only the dialect's command-line client understands, which the server would
    /// reject or misread: the engine refuses such a script with a clear error instead of sending it.
    /// </summary>
    public enum ClientCommand
    {
        /// <summary>A statement for the server.</summary>
        None,

        /// <summary>A psql backslash command (<c>\connect</c>, <c>\set</c>, <c>\i</c>, ...).</summary>
        MetaCommand,

        /// <summary><c>COPY ... FROM stdin</c>, whose data rows follow in the script up to a <c>\.</c> line.</summary>
        CopyFromStdin,
    }
}
