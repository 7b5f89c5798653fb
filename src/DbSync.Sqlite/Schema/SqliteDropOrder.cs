using DbSync.Schema.Model;
using DbSync.Schema.Rendering;

namespace DbSync.Sqlite.Schema;

/// <summary>
/// The order to drop tables in when foreign keys may be on. DROP TABLE first deletes the rows, running the ON DELETE
/// actions of the tables that reference them (and, in turn, of those tables' referrers). SQLite compiles each action
/// with the foreign-key checks of the table it acts on, which fail with "no such table" once one of that table's
/// parents is gone. So a table is dropped only while every table its deletion can act on still has all its parents.
/// Children first where that allows; the search tries other orders when cycles need them.
/// </summary>
internal static class SqliteDropOrder
{
    private const int SearchLimit = 10_000;

    public static IReadOnlyList<TableSchema> Of(IEnumerable<TableSchema> tables)
    {
        var preferred = TableOrder.ChildrenFirst(tables).ToList();
        var byName = preferred.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        var ordered = new List<TableSchema>();
        int steps = 0;
        if (Search(preferred, byName, ordered, new HashSet<string>(StringComparer.OrdinalIgnoreCase), ref steps))
        {
            return ordered;
        }

        // No safe order (or too many tables to search): children first, and the database will say which DROP fails.
        return preferred;
    }

    private static bool Search(List<TableSchema> pending, Dictionary<string, TableSchema> byName, List<TableSchema> ordered, HashSet<string> dropped, ref int steps)
    {
        if (pending.Count == 0)
        {
            return true;
        }

        foreach (TableSchema table in pending.ToList())
        {
            if (++steps > SearchLimit)
            {
                return false;
            }

            if (!CanDrop(table, byName, dropped))
            {
                continue;
            }

            int at = pending.IndexOf(table);
            pending.RemoveAt(at);
            dropped.Add(table.Name);
            ordered.Add(table);
            if (Search(pending, byName, ordered, dropped, ref steps))
            {
                return true;
            }

            ordered.RemoveAt(ordered.Count - 1);
            dropped.Remove(table.Name);
            pending.Insert(at, table);
        }

        return false;
    }

    /// <summary>
    /// Whether every table the deletion of <paramref name="table"/>'s rows can act on (itself only through a
    /// self-referencing action) still has all its parents. The dropped table's own missing parents do not matter:
    /// DROP TABLE treats them as empty.
    /// </summary>
    private static bool CanDrop(TableSchema table, Dictionary<string, TableSchema> byName, HashSet<string> dropped)
    {
        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<TableSchema>([table]);
        while (queue.Count > 0)
        {
            TableSchema parent = queue.Dequeue();
            foreach (TableSchema child in byName.Values.Where(c => !dropped.Contains(c.Name)))
            {
                bool acted = child.ForeignKeys.Any(k => Acts(k.OnDelete) && string.Equals(k.ReferencedTable, parent.Name, StringComparison.OrdinalIgnoreCase));
                if (acted && reached.Add(child.Name))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return reached.All(name => byName[name].ForeignKeys.All(k => !dropped.Contains(k.ReferencedTable)));
    }

    private static bool Acts(ReferentialAction action) => action is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault;
}
