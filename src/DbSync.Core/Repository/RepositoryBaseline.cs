using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DbSync.Core.Errors;
using DbSync.Core.Validation;

namespace DbSync.Core.Repository
{
    /// <summary>
    /// A repository's baseline (Flyway's baseline migrations, EF Core's "squash"): <c>[dbsync] baseline = N</c> in
    /// migrate.cfg and, in <c>versions/baseline/</c>, one upgrade script per dialect that builds the schema of version N
    /// from nothing (<c>005_baseline_sqlite_upgrade.sql</c>). A database at the initial version runs it as one step to N
    /// and continues with the scripts after N; a database past the initial version never runs it, so the scripts up to N
    /// stay for databases between the two. The folder is a subfolder of versions/, which sqlalchemy-migrate and the
    /// versions listing do not read, so version N's own scripts are unchanged for everyone else.
    /// </summary>
    public static class RepositoryBaseline
    {
        /// <summary>The folder in versions/ that holds the baseline scripts.</summary>
        public const string Folder = "baseline";

        /// <summary>The description part of a baseline script's name.</summary>
        public const string Description = "baseline";

        /// <summary>The folder of the baseline scripts of the repository whose versions/ is <paramref name="versionsPath"/>.</summary>
        public static string FolderPath(string versionsPath) => Path.Combine(versionsPath, Folder);

        /// <summary>The file name of the baseline script of <paramref name="dialect"/> at <paramref name="versionText"/>, e.g. 005_baseline_sqlite_upgrade.sql.</summary>
        public static string FileName(string versionText, string dialect) => versionText + "_" + Description + "_" + dialect + "_upgrade.sql";

        /// <summary>
        /// Reads versions/baseline/ and checks it against migrate.cfg and the versions: returns the baseline (its upgrade
        /// scripts, one per dialect) or null, and adds every script found to <paramref name="scripts"/> and every problem
        /// to <paramref name="findings"/> (DBS001 for a bad name, DBS122 for the rest).
        /// </summary>
        internal static MigrationVersion? Read(MigrateConfig config, string versionsPath, IReadOnlyDictionary<long, MigrationVersion> versions,
            List<ScriptFile> scripts, List<Diagnostic> findings)
        {
            string folder = FolderPath(versionsPath);
            VersionsListing? listing = null;
            if (Directory.Exists(folder))
            {
                try
                {
                    listing = VersionsListing.Read(folder);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    findings.Add(Diagnostic.AboutFolder(ErrorCodes.Baseline, folder, "versions/baseline/ cannot be listed (" + e.Message + ")"));
                    return null;
                }

                findings.AddRange(listing.Findings);
                scripts.AddRange(listing.Scripts);
            }

            long? baseline = config.Baseline;
            MigrationVersion? chosen = null;
            if (baseline is long number)
            {
                string at = N(number);
                if (!versions.ContainsKey(number))
                {
                    findings.Add(Finding(DiagnosticSeverity.Error, config.Path, config.BaselineLine, "[dbsync] baseline " + at
                        + " is not a version of versions/; write the baseline again with 'dotnet dbsync baseline --revision N' or remove the setting"));
                }
                else if (listing == null || !listing.ByNumber.TryGetValue(number, out chosen) || !chosen.HasOperation(ScriptOperation.Upgrade))
                {
                    chosen = null;
                    findings.Add(Finding(DiagnosticSeverity.Error, config.Path, config.BaselineLine, "[dbsync] baseline " + at + " has no upgrade script in versions/baseline/ ("
                        + FileName(versions[number].Scripts[0].Name.VersionText, "DIALECT") + "); write one with 'dotnet dbsync baseline --revision " + at + "' or remove the setting"));
                }
            }

            foreach (ScriptFile script in listing?.Scripts ?? (IReadOnlyList<ScriptFile>)Array.Empty<ScriptFile>())
            {
                if (baseline == null)
                {
                    findings.Add(Finding(DiagnosticSeverity.Warning, script.Path, 0, script.Name.FileName
                        + " is not used: migrate.cfg sets no [dbsync] baseline; set 'baseline = " + N(script.Name.Version) + "' or remove the file"));
                }
                else if (script.Name.Version != baseline.Value)
                {
                    findings.Add(Finding(DiagnosticSeverity.Warning, script.Path, 0, script.Name.FileName
                        + " is not used: the baseline is version " + N(baseline.Value) + " ([dbsync] baseline); remove the file"));
                }
                else if (script.Name.Operation != ScriptOperation.Upgrade)
                {
                    findings.Add(Finding(DiagnosticSeverity.Warning, script.Path, 0, script.Name.FileName
                        + " is not used: a baseline only upgrades; a database downgrades through the scripts of versions/"));
                }
            }

            return chosen;
        }

        private static Diagnostic Finding(DiagnosticSeverity severity, string file, int line, string message) =>
            new Diagnostic(ErrorCodes.Baseline, severity, file, line, message);

        private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
