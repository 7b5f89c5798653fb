using System;
using System.Collections.Generic;

namespace DbSync.Core.Sql
{
    /// <summary>A script split into segments (lossless) and the statements among them.</summary>
    public sealed class SqlScript
    {
        public SqlScript(IReadOnlyList<SqlSegment> segments, IReadOnlyList<SqlStatement> statements)
        {
            Segments = segments ?? throw new ArgumentNullException(nameof(segments));
            Statements = statements ?? throw new ArgumentNullException(nameof(statements));
        }

        public IReadOnlyList<SqlSegment> Segments { get; }

        public IReadOnlyList<SqlStatement> Statements { get; }
    }
}
