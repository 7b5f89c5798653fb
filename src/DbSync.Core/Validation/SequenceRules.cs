using DbSync.Core.Errors;
using System.Collections.Generic;
using System.Globalization;
using DbSync.Core.Repository;

namespace DbSync.Core.Validation
{
    /// <summary>
    /// What a repository needs before any version can run: every version has an upgrade script (DBS004) and the
    /// numbers follow <c>[dbsync] init_version</c> consecutively, or strictly increase with
    /// <c>use_timestamp_numbering</c> (DBS003). <see cref="MigrationRepository.Load"/> throws the first of these;
    /// the validator reports them all.
    /// </summary>
    internal static class SequenceRules
    {
        /// <param name="versions">In ascending order, as <see cref="VersionsListing.Versions"/> holds them.</param>
        public static void Check(MigrateConfig config, IEnumerable<MigrationVersion> versions, ICollection<Diagnostic> findings)
        {
            long previous = config.InitVersion;
            foreach (MigrationVersion version in versions)
            {
                ScriptFile first = Representative(version);
                if (!version.HasOperation(ScriptOperation.Upgrade))
                {
                    findings.Add(Error(ErrorCodes.MissingScript, first.Path,
                        "version " + Format(version.Number) + " has no upgrade script; add "
                        + first.Name.VersionName + "_default_upgrade.sql"));
                }

                if (version.Number <= config.InitVersion)
                {
                    findings.Add(Error(ErrorCodes.NumberingGap, first.Path,
                        "version " + Format(version.Number) + " is not above [dbsync] init_version " + Format(config.InitVersion)
                        + "; renumber " + first.Name.FileName + " or lower init_version in migrate.cfg"));
                    continue;
                }

                // Timestamp numbers are strictly increasing by construction of the sorted listing; gaps are normal there.
                if (!config.UseTimestampNumbering && version.Number != previous + 1)
                {
                    findings.Add(Error(ErrorCodes.NumberingGap, first.Path, GapMessage(config, previous, version, first)));
                }

                previous = version.Number;
            }
        }

        private static string GapMessage(MigrateConfig config, long previous, MigrationVersion version, ScriptFile first)
        {
            string missing = Format(previous + 1);
            if (previous == config.InitVersion)
            {
                string start = config.InitVersion == 0
                    ? "versions start at 1"
                    : "versions start at [dbsync] init_version + 1 = " + missing;
                return "the first version is " + Format(version.Number) + " but " + start + "; renumber " + first.Name.FileName
                    + " to " + missing;
            }

            string range = version.Number == previous + 2
                ? "version " + missing + " is missing"
                : "versions " + missing + " to " + Format(version.Number - 1) + " are missing";
            return "version " + Format(version.Number) + " follows version " + Format(previous) + "; versions must be consecutive and "
                + range + " (renumber " + first.Name.FileName + ", or restore the missing scripts)";
        }

        // A finding about a whole version points at its upgrade script, the file a reader looks for first.
        private static ScriptFile Representative(MigrationVersion version)
        {
            ScriptFile? upgrade = version.Find(ScriptName.DefaultDialect, ScriptOperation.Upgrade);
            foreach (ScriptFile script in version.Scripts)
            {
                if (upgrade == null && script.Name.Operation == ScriptOperation.Upgrade)
                {
                    upgrade = script;
                }
            }

            return upgrade ?? version.Scripts[0];
        }

        private static Diagnostic Error(string code, string file, string message) =>
            new Diagnostic(code, DiagnosticSeverity.Error, file, 0, message);

        private static string Format(long number) => number.ToString(CultureInfo.InvariantCulture);
    }
}
