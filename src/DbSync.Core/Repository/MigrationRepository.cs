using System.Collections.Generic;
using System.IO;
using DbSync.Core.Validation;
using DbSync.Core.Errors;

namespace DbSync.Core.Repository
{
    /// <summary>
    /// A sqlalchemy-migrate style repository: <c>migrate.cfg</c> and <c>versions/</c>. Loading lists the folder once
    /// and checks names and numbering; script text is read later, only for the versions that run.
    /// </summary>
    public sealed class MigrationRepository
    {
        public const string VersionsFolder = "versions";

        private readonly IReadOnlyList<MigrationVersion> _versions;
        private readonly IReadOnlyDictionary<long, MigrationVersion> _byNumber;

        private MigrationRepository(string path, MigrateConfig config, VersionsListing listing, MigrationVersion? baseline)
        {
            Baseline = baseline;
            Path = path;
            Config = config;
            _versions = listing.Versions;
            _byNumber = listing.ByNumber;
            IgnoredFiles = listing.IgnoredFiles;
        }

        /// <summary>Full path of the repository folder.</summary>
        public string Path { get; }

        public string VersionsPath => System.IO.Path.Combine(Path, VersionsFolder);

        public MigrateConfig Config { get; }

        public IEnumerable<MigrationVersion> Versions => _versions;

        public int Count => _versions.Count;

        /// <summary>Files in versions/ that start with digits but are not scripts DbSync runs (e.g. backups).</summary>
        public IReadOnlyList<string> IgnoredFiles { get; }

        /// <summary>The newest version, or <see cref="MigrateConfig.InitVersion"/> when there are no scripts yet.</summary>
        public long Latest => _versions.Count == 0 ? Config.InitVersion : _versions[_versions.Count - 1].Number;

        /// <summary>
        /// The baseline (<see cref="RepositoryBaseline"/>): version <see cref="MigrateConfig.Baseline"/>'s scripts in
        /// versions/baseline/, which build its schema from nothing; null when the repository has none.
        /// </summary>
        public MigrationVersion? Baseline { get; }

        public MigrationVersion? Find(long number) => _byNumber.TryGetValue(number, out var version) ? version : null;

        /// <summary>Versions in (<paramref name="after"/>, <paramref name="upTo"/>], oldest first.</summary>
        public IEnumerable<MigrationVersion> Range(long after, long upTo)
        {
            foreach (MigrationVersion version in _versions)
            {
                if (version.Number > after && version.Number <= upTo)
                {
                    yield return version;
                }
            }
        }

        /// <summary>Whether <paramref name="number"/> is a version a database can be at: the initial version or a script's.</summary>
        public bool IsKnownVersion(long number) => number == Config.InitVersion || _byNumber.ContainsKey(number);

        public static MigrationRepository Load(string path)
        {
            string full = System.IO.Path.GetFullPath(path);
            if (!Directory.Exists(full))
            {
                throw new RepositoryException(Diagnostic.AboutFolder(ErrorCodes.InvalidMigrateConfig, full,
                    "no migration repository at " + full + "; create one with 'dotnet dbsync init " + path + " --repository-id NAME' or point --repository at it"));
            }

            MigrateConfig config = MigrateConfig.Load(System.IO.Path.Combine(full, MigrateConfig.FileName));
            string versionsPath = System.IO.Path.Combine(full, VersionsFolder);
            if (!Directory.Exists(versionsPath))
            {
                throw new RepositoryException(Diagnostic.AboutFolder(ErrorCodes.InvalidMigrateConfig, versionsPath,
                    "the repository has no versions/ folder; create it beside migrate.cfg"));
            }

            VersionsListing listing = VersionsListing.Read(versionsPath);
            ThrowFirstError(listing.Findings);
            var findings = new List<Diagnostic>();
            SequenceRules.Check(config, listing.Versions, findings);
            ThrowFirstError(findings);
            MigrationVersion? baseline = RepositoryBaseline.Read(config, versionsPath, listing.ByNumber, new List<ScriptFile>(), findings);
            ThrowFirstError(findings);
            return new MigrationRepository(full, config, listing, baseline);
        }

        // The rules live in VersionsListing and SequenceRules, shared with the validator; Load only refuses to go on.
        private static void ThrowFirstError(IReadOnlyList<Diagnostic> findings)
        {
            foreach (Diagnostic finding in findings)
            {
                if (finding.Severity == DiagnosticSeverity.Error)
                {
                    throw new RepositoryException(finding);
                }
            }
        }
    }
}
