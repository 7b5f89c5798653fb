using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Schema.Operations;

namespace DbSync.Sqlite.Schema;

/// <summary>
/// Which tables SQLite must rebuild for a diff, and why. ALTER TABLE can only add a column (no key, constant default)
/// and drop a column nothing else uses; any other change to an existing table is a rebuild. With foreign keys on (the
/// bundled SQLite's default, which cannot be switched off inside DbSync's transaction), dropping a table runs its ON
/// DELETE actions, so the tables whose rows those actions would change are rebuilt with it.
/// </summary>
internal sealed class SqliteRebuildPlan
{
    private readonly Dictionary<string, string> _reasons = new(StringComparer.OrdinalIgnoreCase);

    private SqliteRebuildPlan()
    {
    }

    /// <summary>Rebuilt table name → why, in the order found.</summary>
    public IReadOnlyDictionary<string, string> Reasons => _reasons;

    public bool Rebuilds(string table) => _reasons.ContainsKey(table);

    public static SqliteRebuildPlan For(SchemaDiff diff)
    {
        var plan = new SqliteRebuildPlan();
        foreach (SchemaOperation operation in diff.Operations)
        {
            if (operation is AddTable or DropTable || plan.Rebuilds(operation.Table))
            {
                continue;
            }

            string? reason = Reason(operation, diff);
            if (reason != null)
            {
                plan._reasons[operation.Table] = reason;
            }
        }

        plan.AddCascadingChildren(diff);
        return plan;
    }

    /// <summary>Why <paramref name="operation"/> needs a rebuild of its table; null when ALTER TABLE (or CREATE/DROP INDEX/TRIGGER) does it in place.</summary>
    private static string? Reason(SchemaOperation operation, SchemaDiff diff) => operation switch
    {
        AddColumn add when !CanAddInPlace(add, diff.To.FindTable(add.Table)!) => "to add column " + add.Column.Name,
        DropColumn drop when !CanDropInPlace(drop, diff.From) => "to drop column " + drop.Column.Name,
        AlterColumn alter => "to change column " + alter.To.Name,
        AlterPrimaryKey => "to change the primary key",
        AddUniqueConstraint or DropUniqueConstraint => "to add or drop a unique constraint",
        AddForeignKey or DropForeignKey => "to add or drop a foreign key",
        AddCheckConstraint or DropCheckConstraint => "to add or drop a check constraint",
        AlterTableOptions alter => "to change its options from " + SchemaText.TableOptions(alter.From) + " to " + SchemaText.TableOptions(alter.To),
        _ => null,
    };

    // https://www.sqlite.org/lang_altertable.html, "ALTER TABLE ADD COLUMN": no PRIMARY KEY or UNIQUE, a constant default,
    // NOT NULL only with a non-NULL default, and not a STORED generated column. (Keys and constraints on the new column are operations of their own.)
    private static bool CanAddInPlace(AddColumn add, TableSchema to) =>
        !(to.PrimaryKey?.Columns.Contains(add.Column.Name, StringComparer.OrdinalIgnoreCase) ?? false)
        && !add.Column.IsAutoIncrement
        && add.Column.Generated is not { IsStored: true }
        && SqliteDdl.IsConstantDefault(add.Column.Default)
        && (add.Column.IsNullable || (add.Column.Default != null && !add.Column.Default.Trim().Equals("NULL", StringComparison.OrdinalIgnoreCase)));

    // "ALTER TABLE DROP COLUMN" fails when the column is in a key, a unique constraint, a foreign key, a CHECK, a generated
    // column's expression, or is used by a trigger or view (indexes on it are dropped first, as the diff drops them; the
    // views reading the table are dropped first too, SqliteViewPlan). A STORED generated column is rebuilt away.
    private static bool CanDropInPlace(DropColumn drop, DatabaseSchema from)
    {
        TableSchema table = from.FindTable(drop.Table)!;
        string column = drop.Column.Name;
        bool In(IEnumerable<string> names) => names.Contains(column, StringComparer.OrdinalIgnoreCase);
        return !(table.PrimaryKey != null && In(table.PrimaryKey.Columns))
            && !table.UniqueConstraints.Any(u => In(u.Columns))
            && !table.ForeignKeys.Any(k => In(k.Columns))
            && !table.CheckConstraints.Any(c => SqliteDdl.Mentions(c.Expression, column))
            && !table.Columns.Any(c => c.Generated != null && SqliteDdl.Mentions(c.Generated.Expression, column))
            && drop.Column.Generated is not { IsStored: true }
            && !from.Tables.Any(t => t.ForeignKeys.Any(k => string.Equals(k.ReferencedTable, table.Name, StringComparison.OrdinalIgnoreCase) && In(k.ReferencedColumns)))
            && !from.Tables.Any(t => t.Triggers.Any(r => SqliteDdl.Mentions(r.Definition, column)));
    }

    /// <summary>
    /// Adds the tables whose rows an ON DELETE action (or RESTRICT's immediate check) would touch when a rebuilt or
    /// dropped table is dropped, until no more are found: they are copied out and back with it.
    /// </summary>
    private void AddCascadingChildren(SchemaDiff diff)
    {
        var dropped = diff.Operations.OfType<DropTable>().Select(d => d.Table).ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool found = true;
        while (found)
        {
            found = false;
            foreach (TableSchema child in diff.From.Tables)
            {
                if (Rebuilds(child.Name) || dropped.Contains(child.Name) || diff.To.FindTable(child.Name) == null)
                {
                    continue;
                }

                ForeignKeySchema? key = child.ForeignKeys.FirstOrDefault(k => k.OnDelete != ReferentialAction.NoAction
                    && !string.Equals(k.ReferencedTable, child.Name, StringComparison.OrdinalIgnoreCase)
                    && (Rebuilds(k.ReferencedTable) || dropped.Contains(k.ReferencedTable)));
                if (key != null)
                {
                    _reasons[child.Name] = "its rows reference " + key.ReferencedTable + " ON DELETE " + key.OnDelete.ToSql()
                        + ", which would act on them when " + key.ReferencedTable + " is dropped";
                    found = true;
                }
            }
        }
    }
}
