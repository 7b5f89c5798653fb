using DbSync.Core.Errors;
using System;
using System.Collections.Generic;
using System.IO;
using DbSync.Core.Integrity;
using DbSync.Core.Repository;

namespace DbSync.Core.Validation
{
    /// <summary>What reading one script found: its dbsync.sum hash and its content findings (DBS005, DBS009 to DBS012).</summary>
    internal sealed class ScriptCheck
    {
        private static readonly Diagnostic[] None = new Diagnostic[0];

        private ScriptCheck(string? hash, IReadOnlyList<Diagnostic> findings)
        {
            Hash = hash;
            Findings = findings;
        }

        /// <summary>The <see cref="ScriptHash"/>, or null when it was not asked for or the file could not be read.</summary>
        public string? Hash { get; }

        public IReadOnlyList<Diagnostic> Findings { get; }

        /// <summary>Reads the script once, for its content rules and, if asked, its hash. Never throws for an unreadable file.</summary>
        public static ScriptCheck Run(ScriptFile script, bool computeHash)
        {
            try
            {
                if (new FileInfo(script.Path).Length == 0)
                {
                    return new ScriptCheck(computeHash ? ScriptHash.Compute(new byte[0]) : null, new[]
                    {
                        new Diagnostic(ErrorCodes.EmptyScript, DiagnosticSeverity.Warning, script.Path, 0, ScriptMessages.Empty(script.Name.FileName)),
                    });
                }

                ScriptScan scan = ScriptScan.Run(script.Path, ScriptContentRules.SyntaxesFor(script.Name.Dialect), computeHash);
                var findings = new List<Diagnostic>();
                ScriptContentRules.Check(script, scan, findings);
                return new ScriptCheck(scan.Hash, findings.Count == 0 ? None : (IReadOnlyList<Diagnostic>)findings);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return new ScriptCheck(null, new[]
                {
                    new Diagnostic(ErrorCodes.EmptyScript, DiagnosticSeverity.Error, script.Path, 0,
                        script.Name.FileName + " cannot be read (" + e.Message + "); check the file's permissions"),
                });
            }
        }
    }
}
