using System.Collections.Generic;
using DbSync.Core.Errors;
using DbSync.Core.Validation;

namespace DbSync.Core.Repository
{
    /// <summary>The migration repository cannot be used as it is; each diagnostic names the file, line and fix.</summary>
    public sealed class RepositoryException : DbSyncException
    {
        public RepositoryException(Diagnostic diagnostic)
            : this(new[] { diagnostic })
        {
        }

        /// <param name="diagnostics">One or more findings; the exception's code, message and location are the first one's.</param>
        public RepositoryException(IReadOnlyList<Diagnostic> diagnostics)
            : base(diagnostics[0].Code, diagnostics[0].Message, diagnostics[0].Location)
        {
            Diagnostic = diagnostics[0];
            Diagnostics = diagnostics;
        }

        /// <summary>The first finding.</summary>
        public Diagnostic Diagnostic { get; }

        /// <summary>Every finding, for a caller that reports them all (as the build does).</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }
}
