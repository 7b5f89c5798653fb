using System;
using System.Security.Cryptography;

namespace DbSync.Core.Integrity
{
    /// <summary>
    /// The <c>h1:</c> hash dbsync.sum records for a script: SHA-256 of its bytes with CRLF and CR turned into LF,
    /// base64-encoded, so a checkout with other line endings (git's autocrlf) hashes the same.
    /// </summary>
    public static class ScriptHash
    {
        public const string Prefix = "h1:";

        public static string Compute(byte[] content)
        {
            using (var builder = new ScriptHashBuilder())
            {
                builder.Append(content, 0, content.Length);
                return builder.Finish();
            }
        }

        /// <summary>The hash of a script file, read in chunks rather than whole.</summary>
        public static string ComputeFile(string path)
        {
            using (var builder = new ScriptHashBuilder())
            using (var stream = new System.IO.FileStream(path, System.IO.FileMode.Open, System.IO.FileAccess.Read, System.IO.FileShare.Read, 1))
            {
                // Sized to the file: every script is hashed when dbsync.sum is checked, most of them a few hundred bytes.
                var buffer = new byte[(int)Math.Max(1, Math.Min(64 * 1024, stream.Length + 1))];
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    builder.Append(buffer, 0, read);
                }

                return builder.Finish();
            }
        }

        /// <summary>Hash of a text that is already LF-only, e.g. the lines of dbsync.sum itself (UTF-8).</summary>
        public static string ComputeText(string text)
        {
            using (SHA256 sha = SHA256.Create())
            {
                return Prefix + Convert.ToBase64String(sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes(text)));
            }
        }
    }
}
