using System;
using System.Collections.Generic;
using System.IO;
using DbSync.Core.Integrity;
using DbSync.Core.Repository;

namespace DbSync.Core.Validation
{
    /// <summary>
    /// The scripts against dbsync.sum alone (DBS007, DBS008), with the build's rules and words: what `upgrade` and
    /// `downgrade` check before anything runs, so a script edited since it was recorded never reaches a database.
    /// </summary>
    public static class SumFileVerifier
    {
        /// <summary>
        /// Every disagreement between the scripts of the repository at <paramref name="repositoryPath"/> and its dbsync.sum;
        /// none when the repository has no dbsync.sum (the file is opt-in).
        /// </summary>
        public static IReadOnlyList<Diagnostic> Verify(string repositoryPath)
        {
            string full = Path.GetFullPath(repositoryPath);
            string sumPath = Path.Combine(full, SumFile.FileName);
            var findings = new List<Diagnostic>();
            if (!File.Exists(sumPath))
            {
                return findings;
            }

            SumFile sum;
            try
            {
                sum = SumFile.Load(sumPath);
            }
            catch (RepositoryException e)
            {
                findings.Add(e.Diagnostic);
                return findings;
            }

            IReadOnlyList<ScriptFile> scripts = SumFile.RecordedScripts(Path.Combine(full, MigrationRepository.VersionsFolder));
            var hashes = new string?[scripts.Count];
            for (int i = 0; i < scripts.Count; i++)
            {
                try
                {
                    hashes[i] = ScriptHash.Compute(File.ReadAllBytes(scripts[i].Path));
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    // Reported when the script is run (DBS111); an unreadable script cannot be judged here.
                }
            }

            SumFileRules.Check(sum, scripts, hashes, findings);
            return findings;
        }
    }
}
