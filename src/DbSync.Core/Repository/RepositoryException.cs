using DbSync.Core.Errors;
using DbSync.Core.Validation;

namespace DbSync.Core.Repository
{
    /// <summary>The migration repository cannot be used as it is; the diagnostic names the file, line and fix.</summary>
    public sealed class RepositoryException : DbSyncException
    {
        public RepositoryException(Diagnostic diagnostic)
            : base(diagnostic.Code, diagnostic.Message, diagnostic.Location)
        {
            Diagnostic = diagnostic;
        }

        public Diagnostic Diagnostic { get; }
    }
}
