namespace DbSync.Core.Validation
{
    /// <summary>The stable diagnostic codes of DESIGN.md section 8. Never renumber: builds and docs refer to them.</summary>
    public static class DiagnosticCodes
    {
        public const string BadFileName = "DBS001";
        public const string DuplicateScript = "DBS002";
        public const string NumberingGap = "DBS003";
        public const string MissingScript = "DBS004";
        public const string EmptyScript = "DBS005";
        public const string InvalidMigrateConfig = "DBS006";
        public const string ScriptChanged = "DBS007";
        public const string ScriptNotRecorded = "DBS008";
        public const string UnterminatedLiteral = "DBS009";
        public const string TransactionControl = "DBS010";
    }
}
