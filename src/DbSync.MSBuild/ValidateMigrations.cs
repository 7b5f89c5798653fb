using DbSync.Core.Validation;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DbSync.MSBuild
{
    /// <summary>
    /// Runs DbSync's repository validator and reports each finding as an MSBuild error or warning in the canonical
    /// <c>file(line,col): error DBSnnn: message</c> form. Fails when any finding is an error.
    /// </summary>
    public sealed class ValidateMigrations : Task
    {
        /// <summary>The folder holding migrate.cfg and versions/.</summary>
        [Required]
        public string Repository { get; set; } = "";

        /// <summary>A version without a downgrade script is an error (DBS004) instead of a warning.</summary>
        public bool RequireDowngrade { get; set; }

        public override bool Execute()
        {
            var options = new ValidationOptions { RequireDowngrade = RequireDowngrade };
            foreach (Diagnostic diagnostic in RepositoryValidator.Validate(Repository, options))
            {
                // Line or column 0 means "the whole file or line"; (1,1) keeps the form IDEs parse, as Diagnostic.ToString() does.
                int line = diagnostic.Line > 0 ? diagnostic.Line : 1;
                int column = diagnostic.Column > 0 ? diagnostic.Column : 1;
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    Log.LogError(null, diagnostic.Code, null, diagnostic.File, line, column, 0, 0, diagnostic.Message);
                }
                else
                {
                    Log.LogWarning(null, diagnostic.Code, null, diagnostic.File, line, column, 0, 0, diagnostic.Message);
                }
            }

            return !Log.HasLoggedErrors;
        }
    }
}
