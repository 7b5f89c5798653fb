using DbSync.Core.Errors;
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using DbSync.Core.Integrity;
using DbSync.Core.Repository;

namespace DbSync.Core.Validation
{
    /// <summary>
    /// Every check DbSync makes on a migration repository (docs/design.md section 8), shared by the MSBuild task and
    /// <c>dotnet dbsync validate</c>. Unlike <see cref="MigrationRepository.Load"/>, which stops at the first error and
    /// never opens a script, it reads every script and reports every problem.
    /// </summary>
    public static class RepositoryValidator
    {
        // Below this many scripts, handing work to other threads costs more than it saves.
        private const int ParallelThreshold = 64;

        /// <summary>
        /// Validates the repository at <paramref name="repositoryPath"/> (the folder holding migrate.cfg and versions/).
        /// Never throws for a problem with the repository: each one, unreadable files included, is a <see cref="Diagnostic"/>.
        /// </summary>
        public static IReadOnlyList<Diagnostic> Validate(string repositoryPath, ValidationOptions options)
        {
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            var findings = new List<Diagnostic>();
            string full;
            try
            {
                full = Path.GetFullPath(repositoryPath);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                findings.Add(Invalid(repositoryPath, "'" + repositoryPath + "' is not a usable folder path (" + e.Message + "); point the repository setting at the folder holding migrate.cfg"));
                return findings;
            }

            if (!Directory.Exists(full))
            {
                findings.Add(Invalid(full, "no migration repository at " + full
                    + "; create one with 'dotnet dbsync init', or point the repository setting (DbSyncRepository in a project) at the folder holding migrate.cfg"));
                return findings;
            }

            // dbsync.sum is read on another thread while this one reads migrate.cfg and versions/: in a fresh MSBuild
            // process much of the cost is first use (JIT, crypto start-up), and that overlaps well.
            string sumPath = Path.Combine(full, SumFile.FileName);
            Task<(SumFile? Sum, Diagnostic? Error)> sumLoad = Task.Run(() => LoadSumFile(sumPath));

            MigrateConfig? config = null;
            try
            {
                config = MigrateConfig.Load(Path.Combine(full, MigrateConfig.FileName));
            }
            catch (RepositoryException e)
            {
                findings.Add(e.Diagnostic);
            }

            string versionsPath = Path.Combine(full, MigrationRepository.VersionsFolder);
            VersionsListing listing;
            try
            {
                if (!Directory.Exists(versionsPath))
                {
                    findings.Add(Invalid(versionsPath, "the repository has no versions/ folder; create it beside migrate.cfg"));
                    return findings;
                }

                listing = VersionsListing.Read(versionsPath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                findings.Add(Invalid(versionsPath, "versions/ cannot be listed (" + e.Message + ")"));
                return findings;
            }

            findings.AddRange(listing.Findings);

            // Without a readable migrate.cfg the numbering mode and init_version are unknown, so numbering is not judged.
            if (config != null)
            {
                SequenceRules.Check(config, listing.Versions, findings);
            }

            bool requireDowngrade = options.RequireDowngrade || (config != null && config.RequireDowngrade);
            ScriptPairingRules.Check(listing.Versions, requireDowngrade, findings);

            // The baseline's scripts get the content checks of every script, and dbsync.sum records them beside versions/.
            var baselineScripts = new List<ScriptFile>();
            if (config != null)
            {
                RepositoryBaseline.Read(config, versionsPath, listing.ByNumber, baselineScripts, findings);
            }

            (SumFile? sum, Diagnostic? sumError) = sumLoad.Result;
            if (sumError != null)
            {
                findings.Add(sumError);
            }

            string?[] hashes = CheckScripts(listing.Scripts, sum != null, findings);
            string?[] baselineHashes = CheckScripts(baselineScripts, sum != null, findings);
            if (sum != null)
            {
                var recorded = new List<ScriptFile>(listing.Scripts);
                recorded.AddRange(baselineScripts);
                var recordedHashes = new List<string?>(hashes);
                recordedHashes.AddRange(baselineHashes);
                SumFileRules.Check(sum, recorded, recordedHashes, findings);
            }

            return findings;
        }

        private static (SumFile? Sum, Diagnostic? Error) LoadSumFile(string path)
        {
            if (!File.Exists(path))
            {
                return (null, null);
            }

            try
            {
                return (SumFile.Load(path), null);
            }
            catch (RepositoryException e)
            {
                return (null, e.Diagnostic);
            }
        }

        // Reads each script once, for its content rules and, when dbsync.sum is in use, its hash; in parallel when there are many.
        private static string?[] CheckScripts(IReadOnlyList<ScriptFile> scripts, bool hash, List<Diagnostic> findings)
        {
            var checks = new ScriptCheck[scripts.Count];
            if (scripts.Count >= ParallelThreshold)
            {
                Parallel.For(0, scripts.Count, i => checks[i] = ScriptCheck.Run(scripts[i], hash));
            }
            else
            {
                for (int i = 0; i < scripts.Count; i++)
                {
                    checks[i] = ScriptCheck.Run(scripts[i], hash);
                }
            }

            var hashes = new string?[scripts.Count];
            for (int i = 0; i < scripts.Count; i++)
            {
                findings.AddRange(checks[i].Findings);
                hashes[i] = checks[i].Hash;
            }

            return hashes;
        }

        // Each is about a folder: the repository or versions/.
        private static Diagnostic Invalid(string folder, string message) => Diagnostic.AboutFolder(ErrorCodes.InvalidMigrateConfig, folder, message);
    }
}
