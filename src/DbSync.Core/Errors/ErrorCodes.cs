using System;

namespace DbSync.Core.Errors
{
    /// <summary>
    /// Every DbSync code in one table: DBS0nn are the repository checks of the build and `validate` (docs/design.md 8),
    /// DBS1nn failures at run time, DBS2nn a bad command line (exit code 2). Never renumber: builds, scripts and
    /// docs/errors.md refer to them.
    /// </summary>
    public static class ErrorCodes
    {
        // Repository checks (Diagnostic codes): the MSBuild task and `validate` report them, `upgrade` refuses on them.
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
        public const string NoStatement = "DBS011";
        public const string UnreadableScript = "DBS012";

        // Run time.
        public const string Configuration = "DBS100";
        public const string Revision = "DBS101";
        public const string NotUnderVersionControl = "DBS102";
        public const string StatementFailed = "DBS103";
        public const string ConnectionFailed = "DBS104";
        public const string LockTimeout = "DBS105";
        public const string ConcurrentChange = "DBS106";
        public const string ResumeRefused = "DBS107";
        public const string Model = "DBS108";
        public const string SchemaSanity = "DBS109";
        public const string Template = "DBS110";
        public const string FileAccess = "DBS111";
        public const string Interrupted = "DBS112";
        public const string Database = "DBS113";
        public const string NotSupported = "DBS114";
        public const string SchemaState = "DBS115";
        public const string AppliedScriptChanged = "DBS116";
        public const string ClusterConflict = "DBS118";
        public const string LeaseLost = "DBS119";

        // Fleets (--fleet, [fleet]): a bad fleet definition, and a fleet run in which some databases failed.
        public const string Fleet = "DBS120";
        public const string FleetFailed = "DBS121";

        /// <summary>The repository's baseline (<c>[dbsync] baseline</c>, versions/baseline/) is inconsistent.</summary>
        public const string Baseline = "DBS122";

        /// <summary>A library host's setup: a connection or dialect DbSyncMigrator cannot use.</summary>
        public const string LibraryUsage = "DBS123";

        // The command line (exit code 2).
        public const string CommandLine = "DBS200";

        public static bool IsUsage(string code) => code != null && code.StartsWith("DBS2", StringComparison.Ordinal);
    }
}
