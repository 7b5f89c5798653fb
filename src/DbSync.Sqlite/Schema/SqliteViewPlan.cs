using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Schema.Operations;

namespace DbSync.Sqlite.Schema;

/// <summary>
/// Which views a script drops first and creates last. Besides the views the diff drops, adds or changes, the views that
/// read a table the script drops, rebuilds or drops a column of (and, in turn, the views that read those) are dropped
/// before and created again after: SQLite checks every view when ALTER TABLE renames or drops a column
/// (https://www.sqlite.org/lang_altertable.html), and a view must not outlive, even for a moment, what it reads.
/// </summary>
internal sealed record SqliteViewPlan(IReadOnlyList<ViewSchema> Drop, IReadOnlyList<ViewSchema> Create)
{
    public static SqliteViewPlan For(SchemaDiff diff, IEnumerable<string> changedTables)
    {
        var affected = new HashSet<string>(changedTables, StringComparer.OrdinalIgnoreCase);
        var dropped = diff.Operations.OfType<DropView>().Select(d => d.View.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var drop = new List<ViewSchema>();

        // In creation order, so a view reading an affected view is found after it.
        foreach (ViewSchema view in diff.From.Views)
        {
            if (dropped.Contains(view.Name) || affected.Any(name => SqliteDdl.Mentions(view.Definition, name)))
            {
                drop.Add(view);
                affected.Add(view.Name);
            }
        }

        var recreated = drop.Select(v => v.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = diff.Operations.OfType<AddView>().Select(a => a.View.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var create = diff.To.Views.Where(v => added.Contains(v.Name) || (recreated.Contains(v.Name) && !dropped.Contains(v.Name))).ToList();
        drop.Reverse();
        return new SqliteViewPlan(drop, create);
    }
}
