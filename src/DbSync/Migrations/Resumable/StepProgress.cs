using System.Globalization;

namespace DbSync.Migrations.Resumable;

/// <summary>
/// How far a version step got on a database without transactional DDL, as recorded before each statement that commits
/// on its own: statements before <see cref="Statement"/> are applied; <see cref="Statement"/> itself (1-based) is the
/// next to run or, when <see cref="InFlight"/>, was started and may or may not have completed (a kill, a lost
/// connection or a server crash stopped the run). <see cref="PrefixSha256"/> fingerprints the applied statements, so a
/// rerun with a changed script refuses to resume rather than guess.
/// </summary>
public sealed record StepProgress(
    string RepositoryId,
    long From,
    long To,
    string Script,
    int Statement,
    int Line,
    string PrefixSha256,
    string StatementSha256,
    bool InFlight)
{
    /// <summary>"version 3", or "the downgrade of version 3".</summary>
    public string StepName => To > From
        ? "version " + To.ToString(CultureInfo.InvariantCulture)
        : "the downgrade of version " + From.ToString(CultureInfo.InvariantCulture);
}
