using DbSync.Core.Errors;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// The script cannot be split: a string, quoted identifier or block comment is never closed.
    /// Raised before anything runs, so a broken script applies nothing. The location has no file until the caller
    /// that read the script names it (<see cref="InFile"/>).
    /// </summary>
    public sealed class SqlSyntaxException : DbSyncException
    {
        public SqlSyntaxException(string message, int line, string? file = null, int column = 0)
            : base(ErrorCodes.UnterminatedLiteral, message, new SourceLocation(file ?? string.Empty, line, column))
        {
        }

        /// <summary>1-based line where the unterminated construct starts.</summary>
        public int Line => Location!.Line;

        /// <summary>The same error, located in <paramref name="file"/>.</summary>
        public SqlSyntaxException InFile(string file) => new SqlSyntaxException(Message, Line, file, Location!.Column);
    }
}
