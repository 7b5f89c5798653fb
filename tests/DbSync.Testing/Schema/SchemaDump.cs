using System.Text;
using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Schema.Operations;

namespace DbSync.Testing.Schema;

/// <summary>
/// Every field of a schema as text, with types, defaults and expressions in their normalised form: two schemas that
/// dump alike are equal, and a failing comparison shows the difference line by line. Independent of the comparer.
/// Columns are listed by name: their order is not part of a schema's equality (SQLite's ALTER TABLE ADD COLUMN appends,
/// so a downgrade puts a dropped column back last), as for the comparer.
/// </summary>
public static class SchemaDump
{
    public static string Of(DatabaseSchema schema, SchemaNormalizer normalizer)
    {
        var text = new StringBuilder();
        foreach (TableSchema table in schema.Tables)
        {
            text.Append("table ").Append(table.Name).Append('\n');
            foreach (ColumnSchema column in table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                text.Append("  column ").Append(column.Name)
                    .Append(" type=").Append(normalizer.NormalizeType(column.Type))
                    .Append(column.IsNullable ? " null" : " not-null")
                    .Append(" default=").Append(normalizer.NormalizeDefault(column.Default, column.Type) ?? "none")
                    .Append(column.IsAutoIncrement ? " autoincrement" : string.Empty)
                    .Append(" collation=").Append(normalizer.NormalizeCollation(column.Collation) ?? "default")
                    .Append('\n');
            }

            text.Append("  primary key ").Append(SchemaText.PrimaryKey(table.PrimaryKey)).Append('\n');
            foreach (string line in table.UniqueConstraints.Select(u => "  unique " + SchemaText.Names(u.Columns)).Order(StringComparer.Ordinal))
            {
                text.Append(line).Append('\n');
            }

            foreach (string line in table.ForeignKeys.Select(k => "  foreign key " + SchemaText.ForeignKey(table.Name, k)).Order(StringComparer.Ordinal))
            {
                text.Append(line).Append('\n');
            }

            foreach (string line in table.CheckConstraints.Select(c => "  check " + normalizer.NormalizeExpression(c.Expression)).Order(StringComparer.Ordinal))
            {
                text.Append(line).Append('\n');
            }

            foreach (IndexSchema index in table.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal))
            {
                text.Append("  ").Append(index.IsUnique ? "unique index " : "index ").Append(index.Name).Append(" (")
                    .Append(string.Join(", ", index.Columns.Select(c => (c.Name ?? "expr " + normalizer.NormalizeExpression(c.Expression!)) + (c.IsDescending ? " desc" : string.Empty))))
                    .Append(')')
                    .Append(index.Where == null ? string.Empty : " where " + normalizer.NormalizeExpression(index.Where))
                    .Append('\n');
            }

            foreach (TriggerSchema trigger in table.Triggers.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                text.Append("  trigger ").Append(trigger.Name).Append(": ").Append(normalizer.NormalizeTrigger(trigger.Definition)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Each operation as its kind, its one-line description and all its data, for a snapshot (the JSON has no type names otherwise).</summary>
    public static IEnumerable<object> SnapshotOf(SchemaDiff diff) =>
        diff.Operations.Select(operation => new { Kind = operation.GetType().Name, Description = operation.Describe(), Operation = (object)operation });
}
