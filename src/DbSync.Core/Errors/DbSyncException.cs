using DbSync.Core.Errors;
using System;

namespace DbSync.Core.Errors
{
    /// <summary>
    /// The root of DbSync's errors: a failure the user can act on, with a stable code from <see cref="ErrorCodes"/>
    /// and, where it has one, the file, line and column at fault. Shown without a stack trace; anything else that
    /// escapes DbSync is a bug. Messages never carry a password.
    /// </summary>
    public class DbSyncException : Exception
    {
        public DbSyncException(string code, string message, SourceLocation? location = null, Exception? inner = null)
            : base(message, inner)
        {
            Code = code ?? throw new ArgumentNullException(nameof(code));
            Location = location;
        }

        /// <summary>DBSnnn, see <see cref="ErrorCodes"/>.</summary>
        public string Code { get; }

        public SourceLocation? Location { get; }

        /// <summary>Exit code 2 (a bad command line) rather than 1 (a failure to act on in the database or repository).</summary>
        public bool IsUsageError => ErrorCodes.IsUsage(Code);

        /// <summary>
        /// The canonical one-line form, as MSBuild and compilers print: <c>path(line,col): error DBSnnn: message</c> with
        /// a location, <c>error DBSnnn: message</c> without.
        /// </summary>
        public string ToDiagnosticString() => (Location == null ? string.Empty : Location + ": ") + "error " + Code + ": " + Message;
    }
}
