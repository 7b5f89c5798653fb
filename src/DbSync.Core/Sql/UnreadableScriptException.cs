using DbSync.Core.Errors;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// A script is not UTF-8 text: another encoding (UTF-16, UTF-32), a byte sequence that is not UTF-8, or a NUL byte,
    /// which would cut the statement short in the database's client library (DBS012). Raised before anything runs.
    /// </summary>
    public sealed class UnreadableScriptException : DbSyncException
    {
        public UnreadableScriptException(string message, SourceLocation location, long byteOffset)
            : base(ErrorCodes.UnreadableScript, message, location)
        {
            ByteOffset = byteOffset;
        }

        /// <summary>0-based offset in the file of the first byte at fault.</summary>
        public long ByteOffset { get; }
    }
}
