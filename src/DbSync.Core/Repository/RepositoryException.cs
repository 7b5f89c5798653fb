using System;
using DbSync.Core.Validation;

namespace DbSync.Core.Repository
{
    /// <summary>The migration repository cannot be used as it is; the diagnostic names the file, line and fix.</summary>
    public sealed class RepositoryException : Exception
    {
        public RepositoryException(Diagnostic diagnostic)
            : base(diagnostic.Message)
        {
            Diagnostic = diagnostic;
        }

        public Diagnostic Diagnostic { get; }
    }
}
