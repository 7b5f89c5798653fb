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

        /// <summary>
        /// Whether the check reported warnings. The targets then leave the check out of date, so the next build runs it
        /// again and the warnings are printed again instead of vanishing on a no-change build.
        /// </summary>
        [Output]
        public bool HasWarnings { get; private set; }

        public override bool Execute()
        {
            var options = new ValidationOptions { RequireDowngrade = RequireDowngrade };
            foreach (Diagnostic diagnostic in RepositoryValidator.Validate(Repository, options))
            {
                // Line or column 0 means "the whole file or line"; (1,1) keeps the form IDEs parse, as Diagnostic.ToString() does.
                // A folder has neither: MSBuild then prints "path : error DBS006: ...".
                bool folder = diagnostic.Location.IsFolder;
                int line = folder ? 0 : diagnostic.Line > 0 ? diagnostic.Line : 1;
                int column = folder ? 0 : diagnostic.Column > 0 ? diagnostic.Column : 1;
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    Log.LogError(null, diagnostic.Code, null, diagnostic.File, line, column, 0, 0, diagnostic.Message);
                }
                else
                {
                    Log.LogWarning(null, diagnostic.Code, null, diagnostic.File, line, column, 0, 0, diagnostic.Message);
                    HasWarnings = true;
                }
            }

            return !Log.HasLoggedErrors;
        }
    }
}
