using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DbSync.Core.Validation;
using DbSync.Core.Errors;

namespace DbSync.Core.Repository
{
    /// <summary>
    /// The scripts of a versions/ folder grouped into versions, from one directory listing (no file is opened).
    /// Bad names (DBS001) and a second script for the same version, dialect and operation (DBS002) become findings,
    /// in file-name order; of two clashing scripts the first is kept. <see cref="MigrationRepository.Load"/>,
    /// the validator and dbsync.sum all read the folder through this class, so they agree on what a script is.
    /// </summary>
    internal sealed class VersionsListing
    {
        private VersionsListing(IReadOnlyList<MigrationVersion> versions, IReadOnlyDictionary<long, MigrationVersion> byNumber,
            IReadOnlyList<ScriptFile> scripts, IReadOnlyList<string> ignoredFiles, IReadOnlyList<Diagnostic> findings)
        {
            Versions = versions;
            ByNumber = byNumber;
            Scripts = scripts;
            IgnoredFiles = ignoredFiles;
            Findings = findings;
        }

        /// <summary>Ascending by number.</summary>
        public IReadOnlyList<MigrationVersion> Versions { get; }

        public IReadOnlyDictionary<long, MigrationVersion> ByNumber { get; }

        /// <summary>Every file with a valid script name, clashing duplicates included, in ordinal file-name order.</summary>
        public IReadOnlyList<ScriptFile> Scripts { get; }

        /// <summary>Files that start with digits but are not scripts DbSync runs (e.g. <c>004_x.sql.orig</c>).</summary>
        public IReadOnlyList<string> IgnoredFiles { get; }

        public IReadOnlyList<Diagnostic> Findings { get; }

        /// <exception cref="IOException">The folder cannot be listed.</exception>
        /// <exception cref="UnauthorizedAccessException">The folder cannot be listed.</exception>
        public static VersionsListing Read(string versionsPath)
        {
            // A hash map and one sort at the end: SortedDictionary<long, ...> costs milliseconds of JIT on every cold build.
            var versions = new Dictionary<long, MigrationVersion>();
            var scripts = new List<ScriptFile>();
            var ignored = new List<string>();
            var findings = new List<Diagnostic>();
            string[] files = Directory.GetFiles(versionsPath);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (string file in files)
            {
                string fileName = Path.GetFileName(file);
                ScriptName? name = ScriptName.TryParse(fileName, out string? error);
                if (error != null)
                {
                    findings.Add(new Diagnostic(ErrorCodes.BadFileName, DiagnosticSeverity.Error, file, 0, error));
                    continue;
                }

                if (name == null)
                {
                    if (ScriptName.IsVersionedFileName(fileName))
                    {
                        ignored.Add(fileName);
                    }

                    continue;
                }

                var script = new ScriptFile(file, name);
                scripts.Add(script);
                if (!versions.TryGetValue(name.Version, out MigrationVersion? version))
                {
                    version = new MigrationVersion(name.Version);
                    versions.Add(name.Version, version);
                }

                ScriptFile? clash = version.Find(name.Dialect, name.Operation);
                if (clash != null)
                {
                    findings.Add(new Diagnostic(ErrorCodes.DuplicateScript, DiagnosticSeverity.Error, file, 0,
                        "version " + name.Version.ToString(CultureInfo.InvariantCulture) + " has two " + name.Dialect + " "
                        + (name.Operation == ScriptOperation.Upgrade ? "upgrade" : "downgrade") + " scripts: "
                        + clash.Name.FileName + " and " + fileName + "; if two changes took the same number, renumber one, otherwise remove one"));
                    continue;
                }

                version.Add(script);
            }

            var ordered = new List<MigrationVersion>(versions.Values);
            ordered.Sort((a, b) => a.Number.CompareTo(b.Number));
            return new VersionsListing(ordered, versions, scripts, ignored, findings);
        }
    }
}
