using DbSync.Schema.Comparison;

namespace DbSync.Schema;

/// <summary>
/// What `check` found: the operations that would turn the schema the upgrade scripts produce (at
/// <see cref="LatestVersion"/>) into the model; none when they agree.
/// </summary>
public sealed record SchemaCheckResult(SchemaDiff Diff, long LatestVersion)
{
    public bool Matches => Diff.IsEmpty;

    public IReadOnlyList<string> Differences => Diff.Describe();
}
