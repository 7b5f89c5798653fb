using System;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// A contiguous slice of a script. Concatenating <see cref="Raw"/> of all segments of a
    /// <see cref="SqlScript"/>, in order, gives back the script exactly.
    /// </summary>
    public sealed class SqlSegment
    {
        public SqlSegment(SqlSegmentKind kind, string raw, int offset, int line)
        {
            Kind = kind;
            Raw = raw ?? throw new ArgumentNullException(nameof(raw));
            Offset = offset;
            Line = line;
        }

        public SqlSegmentKind Kind { get; }

        public string Raw { get; }

        /// <summary>Char offset of <see cref="Raw"/> in the script.</summary>
        public int Offset { get; }

        /// <summary>1-based line of the first char of <see cref="Raw"/>.</summary>
        public int Line { get; }

        public override string ToString() => Kind + "@" + Line + ": " + Raw;
    }
}
