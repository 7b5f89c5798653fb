using DbSync.Errors;
using DbSync.Schema.Operations;

namespace DbSync.Schema.Comparison;

/// <summary>
/// Turns the drop and add of a column the author named as a rename into one <see cref="RenameColumn"/>. A rename the diff
/// does not show (no such table, the old column not dropped, the new one not added) is a command-line error naming it:
/// silently writing the drop anyway would lose the data the option was given to keep.
/// </summary>
public static class ColumnRenames
{
    /// <exception cref="CommandLineException">A rename that does not match a dropped and an added column of one table.</exception>
    public static SchemaDiff Apply(SchemaDiff diff, IReadOnlyList<ColumnRename> renames, SchemaComparer comparer, SchemaNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(renames);
        ArgumentNullException.ThrowIfNull(comparer);
        ArgumentNullException.ThrowIfNull(normalizer);
        if (renames.Count == 0)
        {
            return diff;
        }

        var operations = diff.Operations.ToList();
        foreach (ColumnRename rename in renames)
        {
            bool Here(SchemaOperation o) => normalizer.SameName(o.Table, rename.Table);
            var drop = operations.OfType<DropColumn>().FirstOrDefault(d => Here(d) && normalizer.SameName(d.Column.Name, rename.From));
            var add = operations.OfType<AddColumn>().FirstOrDefault(a => Here(a) && normalizer.SameName(a.Column.Name, rename.To));
            if (drop == null || add == null)
            {
                throw new CommandLineException("--rename " + rename.Option + ": " + WhyNot(diff, rename, drop == null, normalizer));
            }

            int at = operations.IndexOf(drop);
            operations[at] = new RenameColumn(drop.Table, drop.Column, add.Column, comparer.CompareColumn(drop.Column with { Name = add.Column.Name }, add.Column));
            operations.Remove(add);
        }

        return diff with { Operations = operations };
    }

    private static string WhyNot(SchemaDiff diff, ColumnRename rename, bool oldNotDropped, SchemaNormalizer normalizer)
    {
        var from = diff.From.Tables.FirstOrDefault(t => normalizer.SameName(t.Name, rename.Table));
        var to = diff.To.Tables.FirstOrDefault(t => normalizer.SameName(t.Name, rename.Table));
        if (from == null && to == null)
        {
            return "neither the database nor the model has a table " + rename.Table;
        }

        if (from == null || to == null)
        {
            return "table " + rename.Table + " is only in the " + (from == null ? "model" : "database") + ", so none of its columns is renamed";
        }

        return oldNotDropped
            ? "the change does not drop column " + rename.Table + "." + rename.From
              + (from.HasColumn(rename.From) ? " (the model still has it)" : " (the database has no such column)")
            : "the change does not add column " + rename.Table + "." + rename.To
              + (to.HasColumn(rename.To) ? " (the database already has it)" : " (the model has no such column)");
    }
}
