using System;
using System.Globalization;

namespace DbSync.Core.Errors
{
    /// <summary>Where an error is: a file and, when known, a 1-based line and column; or a folder.</summary>
    public sealed class SourceLocation
    {
        public SourceLocation(string file, int line = 0, int column = 0)
            : this(file, line, column, false)
        {
        }

        private SourceLocation(string file, int line, int column, bool isFolder)
        {
            File = file;
            Line = line;
            Column = column;
            IsFolder = isFolder;
        }

        public string File { get; }

        /// <summary>1-based line, or 0 when the error is about the whole file.</summary>
        public int Line { get; }

        /// <summary>1-based column, or 0 when not known.</summary>
        public int Column { get; }

        /// <summary>The location is a folder (a repository, versions/), where a line and column mean nothing.</summary>
        public bool IsFolder { get; }

        /// <summary>A folder: printed as its path alone, as MSBuild prints a diagnostic without a line.</summary>
        public static SourceLocation Folder(string path) => new SourceLocation(path, 0, 0, true);

        /// <summary>
        /// "path(line,col)", the form compilers and MSBuild print and IDEs make clickable ("(1,1)" for a whole file);
        /// a folder's path alone.
        /// </summary>
        public override string ToString() => IsFolder ? File :
            File + "(" + Math.Max(Line, 1).ToString(CultureInfo.InvariantCulture) + "," + Math.Max(Column, 1).ToString(CultureInfo.InvariantCulture) + ")";
    }
}
