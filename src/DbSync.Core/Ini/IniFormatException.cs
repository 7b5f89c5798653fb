using DbSync.Core.Errors;

namespace DbSync.Core.Ini
{
    /// <summary>A line of an INI file that is not a section, a key/value pair, a comment or a continuation.</summary>
    public sealed class IniFormatException : DbSyncException
    {
        public IniFormatException(string file, int line, string reason, string code = ErrorCodes.Configuration)
            : base(code, reason, new SourceLocation(file, line))
        {
            Reason = reason;
        }

        public string File => Location!.File;

        public int Line => Location!.Line;

        public string Reason { get; }
    }
}
