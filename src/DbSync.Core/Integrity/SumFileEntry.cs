namespace DbSync.Core.Integrity
{
    /// <summary>One line of dbsync.sum: a script's path relative to the repository ('/'-separated) and its hash.</summary>
    public sealed class SumFileEntry
    {
        public SumFileEntry(string path, string hash, int line)
        {
            Path = path;
            Hash = hash;
            Line = line;
        }

        /// <summary>e.g. <c>versions/004_add_ports_default_upgrade.sql</c>.</summary>
        public string Path { get; }

        /// <summary><c>h1:</c> followed by the base64 SHA-256 of the script (see <see cref="ScriptHash"/>).</summary>
        public string Hash { get; }

        /// <summary>1-based line in dbsync.sum, for diagnostics.</summary>
        public int Line { get; }
    }
}
