namespace DbSync.Core.Validation
{
    public enum DiagnosticSeverity
    {
        Warning,
        Error,
    }
}
