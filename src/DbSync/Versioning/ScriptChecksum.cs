using System.Buffers;
using DbSync.Core.Errors;
using DbSync.Core.Integrity;

namespace DbSync.Versioning;

/// <summary>
/// The SHA-256 the audit trail records for a script, in lower-case hex: of its bytes with CRLF and CR turned into LF,
/// as dbsync.sum hashes it (<see cref="ScriptHash"/>), so a checkout with other line endings is not a change. For a
/// file with LF endings it is what <c>sha256sum</c> prints.
/// </summary>
public static class ScriptChecksum
{
    /// <summary>How many hex digits messages show of a checksum.</summary>
    public const int ShownLength = 12;

    public static string Of(string path)
    {
        // Hashed for every version a run applies: one pooled buffer and an unbuffered stream, so a long run leaves
        // no garbage behind (64 KiB buffers per version grew a 1,000-version upgrade's peak RSS threefold).
        byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var builder = new ScriptHashBuilder();
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0))
            {
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    builder.Append(buffer, 0, read);
                }
            }

            string h1 = builder.Finish();
            return Convert.ToHexStringLower(Convert.FromBase64String(h1.Substring(ScriptHash.Prefix.Length)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DbSyncException(ErrorCodes.FileAccess, "cannot read the script: " + e.Message, new SourceLocation(path), e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The first <see cref="ShownLength"/> hex digits, for messages; "none" for a missing one.</summary>
    public static string Short(string? sha256) =>
        sha256 == null ? "none" : sha256.Length <= ShownLength ? sha256 : sha256.Substring(0, ShownLength);
}
