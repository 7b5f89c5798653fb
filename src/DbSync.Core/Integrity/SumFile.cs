using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using DbSync.Core.Repository;
using DbSync.Core.Validation;
using DbSync.Core.Errors;

namespace DbSync.Core.Integrity
{
    /// <summary>
    /// <c>dbsync.sum</c>, after Atlas's <c>atlas.sum</c>: the first line is <c>h1:</c> and the base64 SHA-256 of the
    /// rest of the file; then one line per script, <c>versions/NNN_..._OPERATION.sql h1:&lt;base64 SHA-256&gt;</c> (a baseline
    /// script's path is <c>versions/baseline/NNN_baseline_DIALECT_upgrade.sql</c>), sorted
    /// by path (ordinal), each ending in LF. Two branches that both add a version both change the first line and the
    /// end of the list, so version control reports a conflict instead of the deploy finding out.
    /// </summary>
    public sealed class SumFile
    {
        public const string FileName = "dbsync.sum";

        private const string VersionsPrefix = MigrationRepository.VersionsFolder + "/";

        private SumFile(string path, string declaredTotal, string computedTotal, IReadOnlyList<SumFileEntry> entries)
        {
            Path = path;
            DeclaredTotal = declaredTotal;
            ComputedTotal = computedTotal;
            Entries = entries;
        }

        public string Path { get; }

        /// <summary>The total hash the first line states.</summary>
        public string DeclaredTotal { get; }

        /// <summary>The total hash of the entries as they are now.</summary>
        public string ComputedTotal { get; }

        /// <summary>False when the lines were edited or merged by hand after <see cref="Write"/>.</summary>
        public bool IsTotalValid => string.Equals(DeclaredTotal, ComputedTotal, StringComparison.Ordinal);

        /// <summary>In file order.</summary>
        public IReadOnlyList<SumFileEntry> Entries { get; }

        /// <summary>The path an entry records for a script of versions/ or versions/baseline/: relative to the repository, '/'-separated.</summary>
        public static string EntryPath(ScriptFile script) =>
            string.Equals(System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(script.Path)), RepositoryBaseline.Folder, StringComparison.Ordinal)
                ? BaselineEntryPath(script.Name.FileName)
                : EntryPath(script.Name.FileName);

        /// <summary>The path an entry records for the script <paramref name="fileName"/> in versions/.</summary>
        public static string EntryPath(string fileName) => VersionsPrefix + fileName;

        /// <summary>The path an entry records for the baseline script <paramref name="fileName"/> in versions/baseline/.</summary>
        public static string BaselineEntryPath(string fileName) => VersionsPrefix + RepositoryBaseline.Folder + "/" + fileName;

        /// <summary>The scripts dbsync.sum records: those of versions/, then those of versions/baseline/ (a new database runs them).</summary>
        public static IReadOnlyList<ScriptFile> RecordedScripts(string versionsPath)
        {
            var scripts = new List<ScriptFile>(VersionsListing.Read(versionsPath).Scripts);
            string baseline = RepositoryBaseline.FolderPath(versionsPath);
            if (Directory.Exists(baseline))
            {
                scripts.AddRange(VersionsListing.Read(baseline).Scripts);
            }

            return scripts;
        }

        /// <summary>The text of a dbsync.sum recording <paramref name="entries"/>: the total hash, then the entries sorted by path.</summary>
        public static string Format(IEnumerable<SumFileEntry> entries)
        {
            var sorted = new List<SumFileEntry>(entries);
            sorted.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            string body = Body(sorted);
            return ScriptHash.ComputeText(body) + "\n" + body;
        }

        /// <summary>Reads dbsync.sum. A line that is not in the format is a DBS007 <see cref="RepositoryException"/> naming it.</summary>
        public static SumFile Load(string path)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw Invalid(path, 0, FileName + " cannot be read (" + e.Message + ")");
            }

            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            string declared = lines[0].TrimStart('\uFEFF').Trim();
            if (!IsHash(declared))
            {
                throw Invalid(path, 1, "the first line of " + FileName + " must be its total hash, h1:<base64> (an unresolved merge?); resolve any conflict between the scripts, then run 'dotnet dbsync hash'");
            }

            var entries = new List<SumFileEntry>();
            for (int i = 1; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                int separator = line.LastIndexOf(" " + ScriptHash.Prefix, StringComparison.Ordinal);
                string hash = separator < 0 ? "" : line.Substring(separator + 1);
                if (separator <= 0 || !IsHash(hash))
                {
                    throw Invalid(path, i + 1, "line " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                        + " of " + FileName + " is not '<script path> h1:<base64>' (an unresolved merge?); resolve any conflict between the scripts, then run 'dotnet dbsync hash'");
                }

                entries.Add(new SumFileEntry(line.Substring(0, separator), hash, i + 1));
            }

            return new SumFile(path, declared, ScriptHash.ComputeText(Body(entries)), entries);
        }

        /// <summary>Rewrites <c>dbsync.sum</c> from the scripts in versions/ and versions/baseline/; returns how many it recorded.</summary>
        /// <exception cref="RepositoryException">The repository has no versions/ folder, or a script or dbsync.sum cannot be read or written.</exception>
        public static int Write(string repositoryPath)
        {
            string full = System.IO.Path.GetFullPath(repositoryPath);
            string versionsPath = System.IO.Path.Combine(full, MigrationRepository.VersionsFolder);
            string sumPath = System.IO.Path.Combine(full, FileName);
            if (!Directory.Exists(versionsPath))
            {
                throw new RepositoryException(Diagnostic.AboutFolder(ErrorCodes.InvalidMigrateConfig, versionsPath,
                    "the repository has no versions/ folder; create it beside migrate.cfg"));
            }

            try
            {
                var entries = new List<SumFileEntry>();
                foreach (ScriptFile script in RecordedScripts(versionsPath))
                {
                    entries.Add(new SumFileEntry(EntryPath(script), ScriptHash.ComputeFile(script.Path), 0));
                }

                File.WriteAllText(sumPath, Format(entries), new UTF8Encoding(false));
                return entries.Count;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw Invalid(sumPath, 0, "the scripts cannot be recorded in " + FileName + " (" + e.Message + ")");
            }
        }

        private static string Body(IEnumerable<SumFileEntry> entries)
        {
            var body = new StringBuilder();
            foreach (SumFileEntry entry in entries)
            {
                body.Append(entry.Path).Append(' ').Append(entry.Hash).Append('\n');
            }

            return body.ToString();
        }

        // "h1:" and the 44-character base64 of a 32-byte SHA-256.
        private static bool IsHash(string text)
        {
            if (text.Length != ScriptHash.Prefix.Length + 44 || !text.StartsWith(ScriptHash.Prefix, StringComparison.Ordinal))
            {
                return false;
            }

            for (int i = ScriptHash.Prefix.Length; i < text.Length; i++)
            {
                char c = text[i];
                bool base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
                if (!base64)
                {
                    return false;
                }
            }

            return true;
        }

        private static RepositoryException Invalid(string path, int line, string message) =>
            new RepositoryException(new Diagnostic(ErrorCodes.ScriptChanged, DiagnosticSeverity.Error, path, line, message));
    }
}
