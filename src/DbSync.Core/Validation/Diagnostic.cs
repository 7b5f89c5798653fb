using DbSync.Core.Errors;

namespace DbSync.Core.Validation
{
    /// <summary>
    /// One finding about a migration repository, with a stable code (DBS001..DBS012, <see cref="ErrorCodes"/>),
    /// the file, line and column at fault, and a message that says what to do.
    /// </summary>
    public sealed class Diagnostic
    {
        public Diagnostic(string code, DiagnosticSeverity severity, string file, int line, string message, int column = 0)
            : this(code, severity, new SourceLocation(file, line, column), message)
        {
        }

        public Diagnostic(string code, DiagnosticSeverity severity, SourceLocation location, string message)
        {
            Code = code;
            Severity = severity;
            Location = location;
            Message = message;
        }

        /// <summary>A finding about a folder (the repository, versions/): no line or column.</summary>
        public static Diagnostic AboutFolder(string code, string path, string message) =>
            new Diagnostic(code, DiagnosticSeverity.Error, SourceLocation.Folder(path), message);

        public string Code { get; }
        public DiagnosticSeverity Severity { get; }

        public SourceLocation Location { get; }

        /// <summary>Full path of the file at fault.</summary>
        public string File => Location.File;

        /// <summary>1-based line, or 0 when the finding is about the whole file.</summary>
        public int Line => Location.Line;

        /// <summary>1-based column, or 0 when the finding is about the whole line or file.</summary>
        public int Column => Location.Column;

        public string Message { get; }

        /// <summary>MSBuild's canonical form, which IDEs and CI logs parse: <c>path(line,col): error DBS003: message</c>.</summary>
        public override string ToString() =>
            Location + ": " + (Severity == DiagnosticSeverity.Error ? "error " : "warning ") + Code + ": " + Message;
    }
}
