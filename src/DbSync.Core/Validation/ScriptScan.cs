using System.Collections.Generic;
using System.IO;
using DbSync.Core.Integrity;
using DbSync.Core.Sql;

namespace DbSync.Core.Validation
{
    /// <summary>
    /// One streaming pass over a script file: its bytes are hashed, decoded as strict UTF-8 and split under each syntax
    /// the script runs with, keeping only what the content rules need (statement counts, transaction-control
    /// statements, the first error), never the text.
    /// </summary>
    internal sealed class ScriptScan
    {
        private ScriptScan(IReadOnlyList<SyntaxScan> syntaxes, UnreadableScriptException? unreadable, string? hash)
        {
            Syntaxes = syntaxes;
            Unreadable = unreadable;
            Hash = hash;
        }

        public IReadOnlyList<SyntaxScan> Syntaxes { get; }

        /// <summary>The file is not UTF-8 text (DBS012); the syntaxes saw only the text before the fault.</summary>
        public UnreadableScriptException? Unreadable { get; }

        /// <summary>The <see cref="ScriptHash"/>, when asked for and the whole file was read.</summary>
        public string? Hash { get; }

        /// <exception cref="IOException">The file cannot be read.</exception>
        public static ScriptScan Run(string path, IReadOnlyList<SqlSyntax> syntaxes, bool computeHash)
        {
            var scans = new List<SyntaxScan>();
            foreach (SqlSyntax syntax in syntaxes)
            {
                scans.Add(new SyntaxScan(syntax));
            }

            using (var hasher = computeHash ? new ScriptHashBuilder() : null)
            using (var reader = ScriptTextReader.Open(path, hasher == null ? null : new System.Action<byte[], int, int>(hasher.Append)))
            {
                var chunk = new char[SqlStatementReader.ChunkSizeFor(reader)];
                try
                {
                    int read;
                    do
                    {
                        read = reader.Read(chunk, 0, chunk.Length);
                        foreach (SyntaxScan scan in scans)
                        {
                            scan.Feed(chunk, read, path);
                        }
                    }
                    while (read > 0);
                }
                catch (UnreadableScriptException e)
                {
                    return new ScriptScan(scans, e, null);
                }

                return new ScriptScan(scans, null, hasher?.Finish());
            }
        }
    }
}
