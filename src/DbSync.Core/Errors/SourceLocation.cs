using System;
using System.Globalization;

namespace DbSync.Core.Errors
{
    /// <summary>Where an error is: a file and, when known, a 1-based line and column.</summary>
    public sealed class SourceLocation
    {
        public SourceLocation(string file, int line = 0, int column = 0)
        {
            File = file;
            Line = line;
            Column = column;
        }

        public string File { get; }

        /// <summary>1-based line, or 0 when the error is about the whole file.</summary>
        public int Line { get; }

        /// <summary>1-based column, or 0 when not known.</summary>
        public int Column { get; }

        /// <summary>"path(line,col)", the form compilers and MSBuild print and IDEs make clickable.</summary>
        public override string ToString() =>
            File + "(" + Math.Max(Line, 1).ToString(CultureInfo.InvariantCulture) + "," + Math.Max(Column, 1).ToString(CultureInfo.InvariantCulture) + ")";
    }
}
