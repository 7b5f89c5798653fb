using DbSync.Revisions;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Commands;

/// <summary>What `revision` and `baseline` say about the dbsync.sum line(s) they wrote for their new scripts.</summary>
internal static class SumRecordingReport
{
    /// <param name="pair">A revision's upgrade and downgrade scripts; otherwise one script (a baseline).</param>
    public static void Tell(ConsoleReporter reporter, RevisionWriter.SumRecording sum, bool pair)
    {
        switch (sum)
        {
            case RevisionWriter.SumRecording.Recorded:
                // As with 'atlas migrate hash': dbsync.sum records the files as written, so an edit needs recording too.
                reporter.Info("Recorded " + (pair ? "both" : "it") + " in dbsync.sum. After editing " + (pair ? "them" : "it")
                    + ", run 'dotnet dbsync hash' (until then " + (pair ? "an" : "the") + " edited script is DBS007).");
                break;
            case RevisionWriter.SumRecording.SumFileInvalid:
                reporter.Warning("dbsync.sum was left as it is: it does not match its own lines (a hand merge?), so "
                    + (pair ? "the new scripts are" : "the baseline script is") + " not recorded; run 'dotnet dbsync validate' to see why, then 'dotnet dbsync hash'");
                break;
        }
    }
}
