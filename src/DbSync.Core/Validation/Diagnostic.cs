using System.Globalization;

namespace DbSync.Core.Validation
{
    /// <summary>
    /// One finding about a migration repository, with a stable code (DBS001..DBS010, DESIGN.md section 8),
    /// the file and line at fault, and a message that says what to do.
    /// </summary>
    public sealed class Diagnostic
    {
        public Diagnostic(string code, DiagnosticSeverity severity, string file, int line, string message)
        {
            Code = code;
            Severity = severity;
            File = file;
            Line = line;
            Message = message;
        }

        public string Code { get; }
        public DiagnosticSeverity Severity { get; }

        /// <summary>Full path of the file at fault.</summary>
        public string File { get; }

        /// <summary>1-based line, or 0 when the finding is about the whole file.</summary>
        public int Line { get; }

        public string Message { get; }

        /// <summary>MSBuild's canonical form, which IDEs and CI logs parse: <c>path(line,col): error DBS003: message</c>.</summary>
        public override string ToString() =>
            File + "(" + (Line > 0 ? Line : 1).ToString(CultureInfo.InvariantCulture) + ",1): "
            + (Severity == DiagnosticSeverity.Error ? "error " : "warning ") + Code + ": " + Message;
    }
}
