using DbSync.Schema.Model;
using static DbSync.PostgreSql.Schema.PostgreSqlIdentifiers;

namespace DbSync.PostgreSql.Schema;

/// <summary>
/// CREATE, ALTER and DROP TYPE for enum types. Labels only added (the old ones keep their order) are added in place with
/// ALTER TYPE ... ADD VALUE [BEFORE | AFTER], which PostgreSQL 12+ runs inside the version's transaction as long as
/// the new label is not used in the same transaction. When labels are removed or reordered, or a new label is used by
/// the target schema (a default, a check, a view), the type is rebuilt: renamed away, created again, every column of
/// the type converted through text (a row holding a removed label fails the conversion, naming the label), the old
/// type dropped.
/// </summary>
internal static class PostgreSqlEnumTypeDdl
{
    public static string Create(EnumTypeSchema type) => "CREATE TYPE " + Quote(type.Name) + " AS ENUM (" + string.Join(", ", type.Values.Select(Literal)) + ")";

    public static string Drop(EnumTypeSchema type) => "DROP TYPE " + Quote(type.Name);

    /// <summary>Whether the change needs the type rebuilt (and the columns of the type converted), not labels added in place.</summary>
    public static bool NeedsRebuild(EnumTypeSchema from, EnumTypeSchema to, DatabaseSchema target)
    {
        var kept = to.Values.Where(from.Values.Contains).ToList();
        if (!kept.SequenceEqual(from.Values, StringComparer.Ordinal))
        {
            return true;
        }

        var added = to.Values.Where(v => !from.Values.Contains(v)).Select(Literal).ToList();
        return Texts(target).Any(text => added.Any(label => text.Contains(label, StringComparison.Ordinal)));
    }

    /// <summary>The statements that turn <paramref name="from"/> into <paramref name="to"/>, the columns of <paramref name="current"/> that use it included.</summary>
    public static IEnumerable<string> Alter(EnumTypeSchema from, EnumTypeSchema to, DatabaseSchema current, DatabaseSchema target)
    {
        if (!NeedsRebuild(from, to, target))
        {
            for (int i = 0; i < to.Values.Count; i++)
            {
                if (!from.Values.Contains(to.Values[i]))
                {
                    yield return "ALTER TYPE " + Quote(to.Name) + " ADD VALUE " + Literal(to.Values[i])
                        + (i > 0 ? " AFTER " + Literal(to.Values[i - 1]) : from.Values.Count > 0 ? " BEFORE " + Literal(from.Values[0]) : string.Empty);
                }
            }

            yield break;
        }

        string old = Quote(Truncate("dbsync_old_" + from.Name));
        yield return "ALTER TYPE " + Quote(from.Name) + " RENAME TO " + old;
        yield return Create(to);
        string scalar = PostgreSqlSchemaNormalizer.Instance.NormalizeType(Quote(to.Name));
        foreach (TableSchema table in current.Tables)
        {
            var clauses = new List<string>();
            foreach (ColumnSchema column in table.Columns)
            {
                string type = PostgreSqlSchemaNormalizer.Instance.NormalizeType(column.Type);
                if (type != scalar && type != scalar + "[]")
                {
                    continue;
                }

                string name = "ALTER COLUMN " + Quote(column.Name) + " ";
                string? defaultSql = target.FindTable(table.Name)?.FindColumn(column.Name)?.Default ?? column.Default;
                if (column.Default != null)
                {
                    clauses.Add(name + "DROP DEFAULT");
                }

                clauses.Add(name + "TYPE " + column.Type + " USING " + Quote(column.Name) + "::text" + (type == scalar ? "::" : "[]::") + column.Type);
                if (column.Default != null && defaultSql != null)
                {
                    clauses.Add(name + "SET DEFAULT " + defaultSql);
                }
            }

            if (clauses.Count > 0)
            {
                yield return "ALTER TABLE " + Quote(table.Name) + "\n    " + string.Join(",\n    ", clauses);
            }
        }

        yield return "DROP TYPE " + old;
    }

    /// <summary>The expressions of a schema where a label can be used: defaults, generated columns, checks, index predicates, views.</summary>
    private static IEnumerable<string> Texts(DatabaseSchema schema) =>
        schema.Tables.SelectMany(t => t.Columns.Select(c => c.Default).Concat(t.Columns.Select(c => c.Generated?.Expression))
            .Concat(t.CheckConstraints.Select(c => c.Expression)).Concat(t.Indexes.Select(i => i.Where)))
            .Concat(schema.Views.Select(v => v.Definition))
            .OfType<string>();

    /// <summary>Identifiers are at most 63 bytes (NAMEDATALEN - 1).</summary>
    private static string Truncate(string name) => name.Length <= 63 ? name : name[..63];
}
