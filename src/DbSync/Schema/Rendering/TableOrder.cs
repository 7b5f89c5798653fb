using DbSync.Schema.Model;

namespace DbSync.Schema.Rendering;

/// <summary>Orders tables so that a table comes after the tables its foreign keys reference (when there is no cycle).</summary>
public static class TableOrder
{
    public static IReadOnlyList<TableSchema> ParentsFirst(IEnumerable<TableSchema> tables)
    {
        var pending = tables.ToList();
        var names = new HashSet<string>(pending.Select(t => t.Name), StringComparer.OrdinalIgnoreCase);
        var placed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ordered = new List<TableSchema>(pending.Count);
        while (pending.Count > 0)
        {
            // The first table whose parents (among these tables, itself aside) are all placed; on a cycle, the first left.
            int next = pending.FindIndex(t => t.ForeignKeys.All(k =>
                !names.Contains(k.ReferencedTable) || placed.Contains(k.ReferencedTable) || string.Equals(k.ReferencedTable, t.Name, StringComparison.OrdinalIgnoreCase)));
            TableSchema table = pending[Math.Max(next, 0)];
            pending.Remove(table);
            placed.Add(table.Name);
            ordered.Add(table);
        }

        return ordered;
    }

    public static IReadOnlyList<TableSchema> ChildrenFirst(IEnumerable<TableSchema> tables) => ParentsFirst(tables).Reverse().ToList();
}
