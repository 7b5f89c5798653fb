using DbSync.Schema.Model;
using DbSync.Schema.Operations;

namespace DbSync.Schema.Comparison;

/// <summary>
/// The changes of a diff a reviewer must not miss: dropping a table, a column or an SQLite virtual table (its data goes), narrowing a type (values
/// may not fit), and NOT NULL without a default on a table that has rows (they have no value for it). A column dropped
/// and another of the same type added to the same table also gets a hint: if it is a rename, <c>--rename</c> keeps the data.
/// </summary>
public sealed class DestructiveChanges(SchemaNormalizer normalizer)
{
    /// <param name="renameHints">Whether to hint at <c>--rename</c> (for the upgrade; the downgrade undoes whatever the upgrade does).</param>
    public IReadOnlyList<ChangeWarning> Find(SchemaDiff diff, bool renameHints)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var warnings = new List<ChangeWarning>();
        foreach (SchemaOperation operation in diff.Operations)
        {
            switch (operation)
            {
                case DropTable drop:
                    warnings.Add(new(drop, drop.Table, null, "dropping table " + drop.Table + " deletes it with every row in it"));
                    break;
                case DropVirtualTable drop:
                    warnings.Add(new(drop, drop.Table, null, "dropping virtual table " + drop.Table + " deletes it with its content (or, for an external-content"
                        + " table, its index, which must be rebuilt)"));
                    break;
                case DropColumn drop:
                    warnings.Add(new(drop, drop.Table, drop.Column.Name, "dropping column " + Name(drop.Table, drop.Column) + " deletes the data in it"));
                    if (renameHints)
                    {
                        warnings.AddRange(RenameHints(diff, drop));
                    }

                    break;
                case AddColumn add when NeedsValue(add.Column) && diff.From.FindTable(add.Table) != null:
                    warnings.Add(new(add, add.Table, add.Column.Name, "adding column " + Name(add.Table, add.Column)
                        + " NOT NULL without a default to an existing table: its rows have no value for it, so the upgrade fails or gives them"
                        + " the type's implicit one (0, ''); give it a DEFAULT, or add it nullable, fill it, then make it NOT NULL"));
                    break;
                case AlterColumn alter:
                    warnings.AddRange(ColumnWarnings(alter, alter.Table, alter.From, alter.To, alter.Changes));
                    break;
                case RenameColumn rename:
                    warnings.AddRange(ColumnWarnings(rename, rename.Table, rename.From, rename.To, rename.Changes));
                    break;
            }
        }

        return warnings;
    }

    private IEnumerable<ChangeWarning> ColumnWarnings(SchemaOperation operation, string table, ColumnSchema from, ColumnSchema to, ColumnChange changes)
    {
        if (changes.HasFlag(ColumnChange.Type) && TypeNarrowing.Narrows(normalizer.NormalizeType(from.Type), normalizer.NormalizeType(to.Type)))
        {
            yield return new(operation, table, to.Name, "narrowing column " + Name(table, to) + " from " + from.Type + " to " + to.Type
                + ": values already in it may not fit");
        }

        if (changes.HasFlag(ColumnChange.Nullability) && !to.IsNullable && NeedsValue(to))
        {
            yield return new(operation, table, to.Name, "making column " + Name(table, to)
                + " NOT NULL without a default: rows where it is NULL make the upgrade fail; fill them first (an UPDATE above it)");
        }
    }

    /// <summary>The columns added to the table of <paramref name="drop"/> with the same type: perhaps the dropped one renamed.</summary>
    private IEnumerable<ChangeWarning> RenameHints(SchemaDiff diff, DropColumn drop)
    {
        string type = normalizer.NormalizeType(drop.Column.Type);
        foreach (AddColumn add in diff.Operations.OfType<AddColumn>())
        {
            if (normalizer.SameName(add.Table, drop.Table) && normalizer.NormalizeType(add.Column.Type) == type)
            {
                yield return new(drop, drop.Table, drop.Column.Name, "column " + Name(drop.Table, drop.Column) + " is dropped and " + Name(add.Table, add.Column)
                    + " added with the same type: if it is a rename, 'revision --autogenerate --rename " + drop.Table + "." + drop.Column.Name + "=" + add.Column.Name
                    + "' keeps the data");
            }
        }
    }

    private static bool NeedsValue(ColumnSchema column) =>
        !column.IsNullable && column.Default == null && !column.IsAutoIncrement && column.Generated == null;

    private static string Name(string table, ColumnSchema column) => table + "." + column.Name;
}
