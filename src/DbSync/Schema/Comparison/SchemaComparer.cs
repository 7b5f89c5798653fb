using DbSync.Schema.Model;
using DbSync.Schema.Operations;

namespace DbSync.Schema.Comparison;

/// <summary>
/// Compares two schemas and lists the operations that turn the first into the second (Alembic's compare step). What
/// counts as "the same" comes from the dialect's <see cref="SchemaNormalizer"/>. Renames are not guessed: a renamed
/// table or column is a drop and an add (with a hint, <see cref="DestructiveChanges"/>); the author names a column
/// rename with --rename (<see cref="ColumnRenames"/>).
/// </summary>
public sealed class SchemaComparer(SchemaNormalizer normalizer)
{
    private readonly DatabaseObjectComparer _objects = new(normalizer);

    public SchemaDiff Compare(DatabaseSchema from, DatabaseSchema to)
    {
        var operations = new List<SchemaOperation>(_objects.BeforeTables(from, to));
        foreach (TableSchema table in to.Tables)
        {
            if (FindTable(from, table.Name) == null)
            {
                operations.Add(new AddTable(table));
            }
        }

        foreach (TableSchema table in from.Tables)
        {
            if (FindTable(to, table.Name) == null)
            {
                operations.Add(new DropTable(table));
            }
        }

        foreach (TableSchema target in to.Tables)
        {
            if (FindTable(from, target.Name) is { } current)
            {
                CompareTable(current, target, operations);
            }
        }

        operations.AddRange(_objects.AfterTables(from, to));
        return new SchemaDiff(from, to, operations);
    }

    /// <summary>Which attributes differ between two versions of a column; none when they mean the same.</summary>
    public ColumnChange CompareColumn(ColumnSchema from, ColumnSchema to)
    {
        var changes = ColumnChange.None;
        if (normalizer.NormalizeType(from.Type) != normalizer.NormalizeType(to.Type))
        {
            changes |= ColumnChange.Type;
        }

        if (from.IsNullable != to.IsNullable)
        {
            changes |= ColumnChange.Nullability;
        }

        if (normalizer.NormalizeDefault(from.Default, from.Type) != normalizer.NormalizeDefault(to.Default, to.Type))
        {
            changes |= ColumnChange.Default;
        }

        if (from.IsAutoIncrement != to.IsAutoIncrement || from.Identity != to.Identity)
        {
            changes |= ColumnChange.AutoIncrement;
        }

        if (normalizer.NormalizeCollation(from.Collation) != normalizer.NormalizeCollation(to.Collation))
        {
            changes |= ColumnChange.Collation;
        }

        // An ON UPDATE expression is spelled like a default (current_timestamp() vs CURRENT_TIMESTAMP).
        if (normalizer.NormalizeDefault(from.OnUpdate, from.Type) != normalizer.NormalizeDefault(to.OnUpdate, to.Type))
        {
            changes |= ColumnChange.OnUpdate;
        }

        if (!SameGenerated(from.Generated, to.Generated))
        {
            changes |= ColumnChange.Generated;
        }

        if (!string.Equals(from.Comment ?? string.Empty, to.Comment ?? string.Empty, StringComparison.Ordinal))
        {
            changes |= ColumnChange.Comment;
        }

        if (!string.Equals(from.CharacterSet, to.CharacterSet, StringComparison.OrdinalIgnoreCase))
        {
            changes |= ColumnChange.CharacterSet;
        }

        return changes;
    }

    private bool SameGenerated(GeneratedColumn? from, GeneratedColumn? to) =>
        (from == null && to == null)
        || (from != null && to != null && from.IsStored == to.IsStored && normalizer.NormalizeExpression(from.Expression) == normalizer.NormalizeExpression(to.Expression));

    private TableSchema? FindTable(DatabaseSchema schema, string name) =>
        schema.Tables.FirstOrDefault(t => normalizer.SameName(t.Name, name));

    private void CompareTable(TableSchema from, TableSchema to, List<SchemaOperation> operations)
    {
        string name = to.Name;

        // Drops before adds, so a description reads in the order the change happens.
        var triggers = Match(from.Triggers, to.Triggers, t => t.Name.ToLowerInvariant() + "\n" + normalizer.NormalizeTrigger(t.Definition));
        var indexes = Match(from.Indexes, to.Indexes, IndexKey);
        var foreignKeys = Match(from.ForeignKeys, to.ForeignKeys, ForeignKeyKey);
        var uniques = Match(from.UniqueConstraints, to.UniqueConstraints, u => NamesKey(u.Columns));
        var checks = Match(from.CheckConstraints, to.CheckConstraints, c => normalizer.NormalizeExpression(c.Expression));

        operations.AddRange(triggers.Removed.Select(t => new DropTrigger(name, t)));
        operations.AddRange(indexes.Removed.Select(i => new DropIndex(name, i)));
        operations.AddRange(foreignKeys.Removed.Select(k => new DropForeignKey(name, k)));
        operations.AddRange(uniques.Removed.Select(u => new DropUniqueConstraint(name, u)));
        operations.AddRange(checks.Removed.Select(c => new DropCheckConstraint(name, c)));

        foreach (ColumnSchema column in from.Columns)
        {
            if (!to.Columns.Any(c => normalizer.SameName(c.Name, column.Name)))
            {
                operations.Add(new DropColumn(name, column));
            }
        }

        foreach (ColumnSchema column in to.Columns)
        {
            ColumnSchema? current = from.Columns.FirstOrDefault(c => normalizer.SameName(c.Name, column.Name));
            if (current == null)
            {
                operations.Add(new AddColumn(name, column));
            }
            else if (CompareColumn(current, column) is var changes and not ColumnChange.None)
            {
                operations.Add(new AlterColumn(name, current, column, changes));
            }
        }

        if (!SamePrimaryKey(from.PrimaryKey, to.PrimaryKey))
        {
            operations.Add(new AlterPrimaryKey(name, from.PrimaryKey, to.PrimaryKey));
        }

        if (normalizer.NormalizeTableOptions(from.Options) != normalizer.NormalizeTableOptions(to.Options))
        {
            operations.Add(new AlterTableOptions(name, from.Options, to.Options));
        }

        operations.AddRange(uniques.Added.Select(u => new AddUniqueConstraint(name, u)));
        operations.AddRange(foreignKeys.Added.Select(k => new AddForeignKey(name, k)));
        operations.AddRange(checks.Added.Select(c => new AddCheckConstraint(name, c)));
        operations.AddRange(indexes.Added.Select(i => new AddIndex(name, i)));
        operations.AddRange(triggers.Added.Select(t => new AddTrigger(name, t)));
    }

    private bool SamePrimaryKey(PrimaryKeySchema? from, PrimaryKeySchema? to) =>
        (from == null && to == null) || (from != null && to != null && NamesKey(from.Columns) == NamesKey(to.Columns)
            && Enumerable.Range(0, from.Columns.Count).All(i => from.PrefixLength(i) == to.PrefixLength(i)));

    private static string NamesKey(IEnumerable<string> names) => string.Join("\n", names.Select(n => n.ToLowerInvariant()));

    private string IndexKey(IndexSchema index) =>
        index.Name.ToLowerInvariant() + "\n" + index.IsUnique + "\n" + index.Kind + "\n" + index.Parser?.ToLowerInvariant() + "\n" + index.IsInvisible + "\n"
        + index.Method?.ToLowerInvariant() + "\n" + NamesKey(index.Include ?? []) + "\n"
        + string.Join("\n", index.Columns.Select(c => (c.Name?.ToLowerInvariant() ?? "expr:" + normalizer.NormalizeExpression(c.Expression ?? string.Empty))
            + (c.Length is { } length ? "(" + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty)
            + (normalizer.NormalizeCollation(c.Collation) is { } collation ? " collate " + collation : string.Empty)
            + (c.IsDescending ? " desc" : string.Empty)))
        + "\nwhere:" + (index.Where == null ? string.Empty : normalizer.NormalizeExpression(index.Where));

    private string ForeignKeyKey(ForeignKeySchema key) =>
        NamesKey(key.Columns) + "\n->" + key.ReferencedTable.ToLowerInvariant() + "\n" + NamesKey(key.ReferencedColumns)
        + "\n" + key.OnDelete + "\n" + key.OnUpdate + (normalizer.ForeignKeyNamesCount ? "\n" + key.Name?.ToLowerInvariant() : string.Empty);

    /// <summary>The items only in <paramref name="from"/> and only in <paramref name="to"/>, matched by <paramref name="key"/> (as multisets).</summary>
    private static (List<T> Removed, List<T> Added) Match<T>(IReadOnlyList<T> from, IReadOnlyList<T> to, Func<T, string> key)
    {
        var remaining = to.Select(t => (Item: t, Key: key(t))).ToList();
        var removed = new List<T>();
        foreach (T item in from)
        {
            string k = key(item);
            int at = remaining.FindIndex(r => r.Key == k);
            if (at >= 0)
            {
                remaining.RemoveAt(at);
            }
            else
            {
                removed.Add(item);
            }
        }

        return (removed, remaining.Select(r => r.Item).ToList());
    }
}
