using System.Text;
using DbSync.Core.Integrity;
using DbSync.Core.Repository;

namespace DbSync.Revisions;

/// <summary>
/// Records new scripts (a revision's pair, a baseline script) in the repository's dbsync.sum, so that a fresh revision
/// is not two DBS008 errors until 'dotnet dbsync hash'. Only the new scripts are added or replaced: every other line
/// stays as it was, so an edited script is still reported (DBS007) instead of being blessed by an unrelated revision.
/// </summary>
internal static class RevisionSum
{
    /// <summary>Adds the new dbsync.sum to <paramref name="files"/>, when the repository has a valid one.</summary>
    public static RevisionWriter.SumRecording Add(MigrationRepository repository, AtomicFileSet files, params (string Path, string Text)[] scripts)
    {
        string path = Path.Combine(repository.Path, SumFile.FileName);
        if (!File.Exists(path))
        {
            return RevisionWriter.SumRecording.NoSumFile;
        }

        SumFile sum;
        try
        {
            sum = SumFile.Load(path);
        }
        catch (RepositoryException)
        {
            // Not in the format (an unresolved merge?): 'validate' and the build say what is wrong with it.
            return RevisionWriter.SumRecording.SumFileInvalid;
        }

        if (!sum.IsTotalValid)
        {
            return RevisionWriter.SumRecording.SumFileInvalid;
        }

        var entries = sum.Entries.ToList();
        foreach (var (scriptPath, text) in scripts)
        {
            string entryPath = Path.GetRelativePath(repository.Path, scriptPath).Replace('\\', '/');
            entries.RemoveAll(e => e.Path == entryPath);
            entries.Add(new SumFileEntry(entryPath, ScriptHash.Compute(Encoding.UTF8.GetBytes(text)), 0));
        }

        files.Replace(path, SumFile.Format(entries));
        return RevisionWriter.SumRecording.Recorded;
    }
}
