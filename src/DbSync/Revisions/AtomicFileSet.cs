using System.Text;
using DbSync.Core.Errors;

namespace DbSync.Revisions;

/// <summary>
/// Files that appear together or not at all, such as a revision's upgrade and downgrade scripts and the dbsync.sum
/// that records them. Each is written in full to a hidden temporary file beside its target (a name that does not start
/// with a digit, so the versions listing ignores it) and flushed to disk; only then are they renamed into place, new
/// files first and replaced files last. A failure at any point (an unwritable folder, a full disk) removes what this
/// set wrote, so a crash-free failure never leaves one script of a pair behind.
/// </summary>
internal sealed class AtomicFileSet
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<(string Path, string Text, bool Replace)> _files = [];

    /// <summary>Adds a file that must not exist yet.</summary>
    public void Create(string path, string text) => _files.Add((Path.GetFullPath(path), text, false));

    /// <summary>Adds a file that replaces the one at <paramref name="path"/>, if any (renamed over it, so readers see the old or the new text).</summary>
    public void Replace(string path, string text) => _files.Add((Path.GetFullPath(path), text, true));

    /// <summary>Writes every file, or none: on failure, a DBS111 error naming the file that could not be written.</summary>
    public void Commit()
    {
        var ordered = _files.Where(f => !f.Replace).Concat(_files.Where(f => f.Replace)).ToList();
        var temporary = new List<string>();
        var created = new List<string>();
        string current = ordered.Count == 0 ? string.Empty : ordered[0].Path;
        try
        {
            foreach (var (path, text, _) in ordered)
            {
                current = path;
                string temp = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                {
                    temporary.Add(temp);
                    byte[] bytes = Utf8.GetBytes(text);
                    stream.Write(bytes);
                    stream.Flush(flushToDisk: true);
                }
            }

            for (int i = 0; i < ordered.Count; i++)
            {
                var (path, _, replace) = ordered[i];
                current = path;
                File.Move(temporary[i], path, overwrite: replace);
                if (!replace)
                {
                    created.Add(path);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RemoveQuietly(temporary);
            RemoveQuietly(created);
            throw new DbSyncException(ErrorCodes.FileAccess, "cannot write " + Path.GetFileName(current) + " (" + e.Message + "); nothing was written",
                new SourceLocation(current), e);
        }
    }

    private static void RemoveQuietly(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The error being reported is the write that failed; a leftover temporary file is hidden and ignored.
            }
        }
    }
}
