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
            using (SHA256 sha = SHA256.Create())
            {
                return Prefix + Convert.ToBase64String(sha.ComputeHash(NormaliseLineEndings(content)));
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

        private static byte[] NormaliseLineEndings(byte[] content)
        {
            if (Array.IndexOf(content, (byte)'\r') < 0)
            {
                return content;
            }

            var normalised = new byte[content.Length];
            int length = 0;
            for (int i = 0; i < content.Length; i++)
            {
                byte b = content[i];
                if (b == (byte)'\r')
                {
                    normalised[length++] = (byte)'\n';
                    if (i + 1 < content.Length && content[i + 1] == (byte)'\n')
                    {
                        i++;
                    }
                }
                else
                {
                    normalised[length++] = b;
                }
            }

            var result = new byte[length];
            Buffer.BlockCopy(normalised, 0, result, 0, length);
            return result;
        }
    }
}
