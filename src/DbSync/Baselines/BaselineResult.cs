namespace DbSync.Baselines;

/// <summary>What <see cref="BaselineWriter"/> wrote: the script, the version it builds, its tables, and what it could not carry.</summary>
/// <param name="Path">The baseline script's full path (versions/baseline/NNN_baseline_DIALECT_upgrade.sql).</param>
/// <param name="Version">The version whose schema the script builds.</param>
/// <param name="Tables">The tables it creates.</param>
/// <param name="Unmodelled">What the scratch database held that the schema model does not (views, routines...): not in the script.</param>
/// <param name="PreviousBaseline">The <c>[dbsync] baseline</c> migrate.cfg held before, or null.</param>
/// <param name="Sum">Whether the script was recorded in the repository's dbsync.sum.</param>
public sealed record BaselineResult(string Path, long Version, IReadOnlyList<string> Tables, IReadOnlyList<string> Unmodelled, long? PreviousBaseline,
    Revisions.RevisionWriter.SumRecording Sum);
