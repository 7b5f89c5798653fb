using DbSync.Core.Errors;
using System;
using System.Collections.Generic;
using DbSync.Core.Integrity;
using DbSync.Core.Repository;

namespace DbSync.Core.Validation
{
    /// <summary>
    /// The scripts against dbsync.sum: a script edited since it was recorded, a recorded script that no longer exists,
    /// a line recorded twice and a total hash that does not match the lines (a hand merge) are DBS007; a script that
    /// was never recorded is DBS008. A repository without dbsync.sum is not checked (the file is opt-in).
    /// </summary>
    internal static class SumFileRules
    {
        private const string Rehash = "'dotnet dbsync hash'";

        /// <param name="hashes">The <see cref="ScriptHash"/> of each of <paramref name="scripts"/>, null where it could not be read.</param>
        public static void Check(SumFile sum, IReadOnlyList<ScriptFile> scripts, IReadOnlyList<string?> hashes, ICollection<Diagnostic> findings)
        {
            if (!sum.IsTotalValid)
            {
                findings.Add(Error(ErrorCodes.ScriptChanged, sum.Path, 1,
                    "the total hash of " + SumFile.FileName + " does not match its lines, so it was edited or merged by hand; "
                    + "if two branches added the same version, renumber one branch's scripts, then run " + Rehash));
            }

            var recorded = new Dictionary<string, SumFileEntry>(StringComparer.Ordinal);
            foreach (SumFileEntry entry in sum.Entries)
            {
                if (recorded.ContainsKey(entry.Path))
                {
                    findings.Add(Error(ErrorCodes.ScriptChanged, sum.Path, entry.Line,
                        SumFile.FileName + " records " + entry.Path + " twice (a hand merge?); run " + Rehash));
                    continue;
                }

                recorded.Add(entry.Path, entry);
            }

            var found = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < scripts.Count; i++)
            {
                ScriptFile script = scripts[i];
                string path = SumFile.EntryPath(script);
                found.Add(path);
                if (!recorded.TryGetValue(path, out SumFileEntry? entry))
                {
                    findings.Add(Error(ErrorCodes.ScriptNotRecorded, script.Path, 0,
                        script.Name.FileName + " is not recorded in " + SumFile.FileName + "; run " + Rehash + " and commit " + SumFile.FileName + " with the script"));
                }
                else if (hashes[i] != null && !string.Equals(hashes[i], entry.Hash, StringComparison.Ordinal))
                {
                    findings.Add(Error(ErrorCodes.ScriptChanged, script.Path, 0,
                        script.Name.FileName + " changed since it was recorded in " + SumFile.FileName + " (line "
                        + entry.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + "); databases that already ran it will not run it again, "
                        + "so revert the edit and put the change in a new version (if the script was never released, run " + Rehash + ")"));
                }
            }

            foreach (SumFileEntry entry in sum.Entries)
            {
                if (!found.Contains(entry.Path) && recorded[entry.Path] == entry)
                {
                    findings.Add(Error(ErrorCodes.ScriptChanged, sum.Path, entry.Line,
                        SumFile.FileName + " records " + entry.Path + ", which no longer exists; restore it (databases may have run it), "
                        + "or if removing it is intended run " + Rehash));
                }
            }
        }

        private static Diagnostic Error(string code, string file, int line, string message) =>
            new Diagnostic(code, DiagnosticSeverity.Error, file, line, message);
    }
}
