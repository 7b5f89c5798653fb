using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Schema.Operations;

namespace DbSync.PostgreSql.Schema;

/// <summary>
/// Which views a script drops first and creates last. Beside the views the diff drops and adds, a view that does not
/// change is dropped and created again when a column it may read changes type, collation or expression, or an enum
/// type is rebuilt: PostgreSQL refuses to alter a column a view depends on, and CREATE OR REPLACE VIEW cannot change
/// a view's columns; and a view created after a view that is dropped may read it. Drops go in reverse creation order, creates in the target's order (each after the views it reads).
/// </summary>
internal sealed class PostgreSqlViewPlan
{
    public PostgreSqlViewPlan(SchemaDiff diff)
    {
        var dropped = diff.Operations.OfType<DropView>().Select(d => d.View).ToList();
        var added = diff.Operations.OfType<AddView>().Select(a => a.View).ToList();
        bool rebuild = diff.Operations.Any(o => o is AlterColumn { Changes: var changes } && (changes & (ColumnChange.Type | ColumnChange.Collation | ColumnChange.Generated)) != 0
            || o is RenameColumn { Changes: var renamed } && (renamed & (ColumnChange.Type | ColumnChange.Collation | ColumnChange.Generated)) != 0
            || (o is AlterEnumType alter && PostgreSqlEnumTypeDdl.NeedsRebuild(alter.From, alter.To, diff.To)));
        var droppedNames = dropped.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var addedNames = added.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);

        // A view that reads a dropped view goes with it (DROP VIEW refuses a view others read): every view created after the first one dropped.
        int firstDropped = diff.From.Views.ToList().FindIndex(v => droppedNames.Contains(v.Name));
        var kept = diff.From.Views.Where((v, at) => (rebuild || (firstDropped >= 0 && at > firstDropped))
            && !droppedNames.Contains(v.Name) && diff.To.Views.Any(t => t.Name == v.Name)).Select(v => v.Name).ToHashSet(StringComparer.Ordinal);

        Drops = diff.From.Views.Reverse().Where(v => droppedNames.Contains(v.Name) || kept.Contains(v.Name))
            .Concat(dropped.Where(d => !diff.From.Views.Any(v => v.Name == d.Name))).ToList();
        Creates = diff.To.Views.Where(v => addedNames.Contains(v.Name) || kept.Contains(v.Name))
            .Concat(added.Where(a => !diff.To.Views.Any(v => v.Name == a.Name))).ToList();
    }

    /// <summary>The views to drop before anything else changes.</summary>
    public IReadOnlyList<ViewSchema> Drops { get; }

    /// <summary>The views to create once everything else has changed.</summary>
    public IReadOnlyList<ViewSchema> Creates { get; }
}
