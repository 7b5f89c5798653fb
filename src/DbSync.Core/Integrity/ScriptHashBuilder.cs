using System;
using System.Security.Cryptography;

namespace DbSync.Core.Integrity
{
    /// <summary>
    /// <see cref="ScriptHash"/> fed chunk by chunk, so a script is hashed in the same pass that reads it. CRLF and lone CR
    /// become LF, also when a CRLF straddles two chunks.
    /// </summary>
    public sealed class ScriptHashBuilder : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private byte[] _scratch = new byte[0];
        private bool _afterCr;

        public void Append(byte[] bytes, int offset, int count)
        {
            if (!_afterCr && Array.IndexOf(bytes, (byte)'\r', offset, count) < 0)
            {
                _hash.AppendData(bytes, offset, count);
                return;
            }

            if (_scratch.Length < count)
            {
                _scratch = new byte[count];
            }

            var length = 0;
            for (var i = offset; i < offset + count; i++)
            {
                var b = bytes[i];
                if (_afterCr && b == (byte)'\n')
                {
                    _afterCr = false;
                    continue;
                }

                _afterCr = b == (byte)'\r';
                _scratch[length++] = _afterCr ? (byte)'\n' : b;
            }

            _hash.AppendData(_scratch, 0, length);
        }

        /// <summary>The <c>h1:</c> hash of everything appended.</summary>
        public string Finish() => ScriptHash.Prefix + Convert.ToBase64String(_hash.GetHashAndReset());

        public void Dispose() => _hash.Dispose();
    }
}
