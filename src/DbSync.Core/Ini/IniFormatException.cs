using System;
using System.Globalization;

namespace DbSync.Core.Ini
{
    /// <summary>A line of an INI file that is not a section, a key/value pair, a comment or a continuation.</summary>
    public sealed class IniFormatException : Exception
    {
        public IniFormatException(string file, int line, string reason)
            : base(file + " line " + line.ToString(CultureInfo.InvariantCulture) + ": " + reason)
        {
            File = file;
            Line = line;
            Reason = reason;
        }

        public string File { get; }
        public int Line { get; }
        public string Reason { get; }
    }
}
