using System;
using System.Globalization;
using System.IO;
using DbSync.Core.Errors;

namespace DbSync.Core.Sql
{
    /// <summary>
    /// Reads a script file's bytes as strict UTF-8 (with or without a byte-order mark), chunk by chunk. A UTF-16 or
    /// UTF-32 file, a byte sequence that is not UTF-8 and a NUL byte are an <see cref="UnreadableScriptException"/>
    /// naming the byte offset, line and column, so a bad file is refused at once instead of reaching the database.
    /// </summary>
    public sealed class ScriptTextReader : TextReader
    {
        private const int BufferSize = 64 * 1024;

        private readonly Stream _stream;
        private readonly string _path;
        private readonly Action<byte[], int, int>? _onBytes;
        private const int SmallestBuffer = 16; // room for the longest UTF-8 sequence and a byte-order mark

        private readonly byte[] _bytes;
        private int _start;
        private int _end;
        private long _consumed; // file offset of _bytes[0]
        private bool _eof;
        private bool _started;
        private int _line = 1;
        private int _column = 1;

        /// <param name="onBytes">Sees every byte of the file as it is read (a hash of the file in the same pass).</param>
        public ScriptTextReader(Stream stream, string path, Action<byte[], int, int>? onBytes = null)
        {
            _stream = stream ?? throw new ArgumentNullException(nameof(stream));
            _path = path ?? throw new ArgumentNullException(nameof(path));
            BytesLeft = stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : (long?)null;

            // Sized to the file, as a run reads one script per version: a fixed 64 KiB buffer for a 200-byte script
            // was most of what an upgrade allocated per version.
            _bytes = new byte[BytesLeft is long left ? (int)Math.Max(SmallestBuffer, Math.Min(BufferSize, left + 1)) : BufferSize];
            _onBytes = onBytes;
        }

        /// <summary>
        /// How many bytes the file had left to read when the reader was made (null when the stream cannot tell): the
        /// most chars it can give, as UTF-8 takes at least one byte per char.
        /// </summary>
        public long? BytesLeft { get; }

        /// <summary>Opens <paramref name="path"/> for reading; the caller disposes the reader.</summary>
        public static ScriptTextReader Open(string path, Action<byte[], int, int>? onBytes = null) =>
            new ScriptTextReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), path, onBytes);

        public override int Read(char[] buffer, int index, int count)
        {
            if (count < 2)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "room for a surrogate pair is needed");
            }

            if (!_started)
            {
                _started = true;
                Fill(4);
                CheckStart();
            }

            var written = 0;
            while (written < count - 1)
            {
                if (_end - _start < 4 && !_eof)
                {
                    Fill(4);
                }

                if (_start == _end)
                {
                    break;
                }

                var b = _bytes[_start];
                if (b >= 0x80)
                {
                    written += DecodeMultiByte(buffer, index + written);
                    continue;
                }

                if (b == 0)
                {
                    throw Fail("holds a NUL byte");
                }

                buffer[index + written++] = (char)b;
                _start++;
                if (b == (byte)'\n')
                {
                    _line++;
                    _column = 1;
                }
                else
                {
                    _column++;
                }
            }

            return written;
        }

        public override int Read() => throw new NotSupportedException("read in chunks");

        public override int Peek() => throw new NotSupportedException("read in chunks");

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _stream.Dispose();
            }

            base.Dispose(disposing);
        }

        // Tops the buffer up so at least `wanted` bytes are available, unless the file ends first.
        private void Fill(int wanted)
        {
            if (_start > 0 && _end - _start < wanted)
            {
                Buffer.BlockCopy(_bytes, _start, _bytes, 0, _end - _start);
                _consumed += _start;
                _end -= _start;
                _start = 0;
            }

            while (!_eof && _end - _start < wanted)
            {
                var read = _stream.Read(_bytes, _end, _bytes.Length - _end);
                if (read == 0)
                {
                    _eof = true;
                    break;
                }

                _onBytes?.Invoke(_bytes, _end, read);
                _end += read;
            }
        }

        private void CheckStart()
        {
            var n = _end - _start;
            byte B(int i) => i < n ? _bytes[_start + i] : (byte)0x01;
            if (n >= 3 && B(0) == 0xEF && B(1) == 0xBB && B(2) == 0xBF)
            {
                _start += 3;
                return;
            }

            string? encoding = null;
            if (n >= 4 && B(0) == 0xFF && B(1) == 0xFE && B(2) == 0 && B(3) == 0)
            {
                encoding = "UTF-32 (little-endian byte-order mark)";
            }
            else if (n >= 4 && B(0) == 0 && B(1) == 0 && B(2) == 0xFE && B(3) == 0xFF)
            {
                encoding = "UTF-32 (big-endian byte-order mark)";
            }
            else if (n >= 2 && B(0) == 0xFF && B(1) == 0xFE)
            {
                encoding = "UTF-16 (little-endian byte-order mark)";
            }
            else if (n >= 2 && B(0) == 0xFE && B(1) == 0xFF)
            {
                encoding = "UTF-16 (big-endian byte-order mark)";
            }
            else if (n >= 4 && B(0) != 0 && B(1) == 0 && B(2) == 0 && B(3) == 0)
            {
                encoding = "UTF-32 (little-endian, no byte-order mark)";
            }
            else if (n >= 2 && B(0) != 0 && B(1) == 0)
            {
                encoding = "UTF-16 (little-endian, no byte-order mark)";
            }
            else if (n >= 2 && B(0) == 0 && B(1) != 0)
            {
                encoding = "UTF-16 (big-endian, no byte-order mark)";
            }

            if (encoding != null)
            {
                throw new UnreadableScriptException(Path.GetFileName(_path) + " is " + encoding + ", not UTF-8; save it as UTF-8 (with or without BOM)",
                    new SourceLocation(_path, 1, 1), 0);
            }
        }

        // One UTF-8 sequence of 2 to 4 bytes at _start, as RFC 3629 allows it: no overlong forms, no surrogates, nothing past U+10FFFF.
        private int DecodeMultiByte(char[] buffer, int at)
        {
            var b0 = _bytes[_start];
            int length;
            int codePoint;
            byte min = 0x80, max = 0xBF;
            if (b0 >= 0xC2 && b0 <= 0xDF)
            {
                length = 2;
                codePoint = b0 & 0x1F;
            }
            else if (b0 >= 0xE0 && b0 <= 0xEF)
            {
                length = 3;
                codePoint = b0 & 0x0F;
                min = b0 == 0xE0 ? (byte)0xA0 : (byte)0x80;
                max = b0 == 0xED ? (byte)0x9F : (byte)0xBF;
            }
            else if (b0 >= 0xF0 && b0 <= 0xF4)
            {
                length = 4;
                codePoint = b0 & 0x07;
                min = b0 == 0xF0 ? (byte)0x90 : (byte)0x80;
                max = b0 == 0xF4 ? (byte)0x8F : (byte)0xBF;
            }
            else
            {
                throw Fail("is not valid UTF-8 (byte 0x" + b0.ToString("X2", CultureInfo.InvariantCulture) + " starts no character)");
            }

            for (var k = 1; k < length; k++)
            {
                var b = _start + k < _end ? _bytes[_start + k] : -1;
                var low = k == 1 ? min : (byte)0x80;
                var high = k == 1 ? max : (byte)0xBF;
                if (b < low || b > high)
                {
                    throw Fail("is not valid UTF-8 (" + (b < 0 ? "the file ends inside" : "byte 0x" + b.ToString("X2", CultureInfo.InvariantCulture) + " breaks") + " the character that starts there)");
                }

                codePoint = (codePoint << 6) | (b & 0x3F);
            }

            _start += length;
            if (codePoint >= 0x10000)
            {
                codePoint -= 0x10000;
                buffer[at] = (char)(0xD800 + (codePoint >> 10));
                buffer[at + 1] = (char)(0xDC00 + (codePoint & 0x3FF));
                _column += 2;
                return 2;
            }

            buffer[at] = (char)codePoint;
            _column++;
            return 1;
        }

        private UnreadableScriptException Fail(string what)
        {
            var offset = _consumed + _start;
            return new UnreadableScriptException(
                Path.GetFileName(_path) + " " + what + " at byte offset " + offset.ToString(CultureInfo.InvariantCulture)
                + " (line " + _line.ToString(CultureInfo.InvariantCulture) + "); save the script as UTF-8 text without NUL bytes",
                new SourceLocation(_path, _line, _column), offset);
        }
    }
}
