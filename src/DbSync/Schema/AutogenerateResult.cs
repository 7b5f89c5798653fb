using DbSync.Revisions;
using DbSync.Schema.Comparison;

namespace DbSync.Schema;

/// <summary>What autogenerate found: the changes from the database to the model and the SQL both ways.</summary>
public sealed record AutogenerateResult(SchemaDiff Diff, string UpgradeSql, string DowngradeSql)
{
    public bool HasChanges => !Diff.IsEmpty;

    /// <summary>One line per change, as the revision header lists them.</summary>
    public IReadOnlyList<string> Changes => Diff.Describe();

    /// <summary>The upgrade's changes that can lose data or fail on existing rows, and rename hints (also in the upgrade script).</summary>
    public IReadOnlyList<ChangeWarning> Warnings => Diff.Warnings;

    /// <summary>What <see cref="RevisionWriter.Write"/> puts into the upgrade and downgrade templates.</summary>
    public RevisionWriter.GeneratedContent ToRevisionContent() => new(Changes, UpgradeSql, DowngradeSql);
}
