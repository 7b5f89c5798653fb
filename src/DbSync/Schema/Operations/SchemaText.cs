using System.Globalization;
using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>How schema parts are spelled in change descriptions.</summary>
public static class SchemaText
{
    /// <summary>"VARCHAR(32) NOT NULL DEFAULT 'general'".</summary>
    public static string Column(ColumnSchema column) =>
        column.Type
        + (column.IsNullable ? string.Empty : " NOT NULL")
        + (column.Default == null ? string.Empty : " DEFAULT " + column.Default)
        + (column.IsAutoIncrement ? " AUTOINCREMENT" : string.Empty)
        + (column.Collation == null ? string.Empty : " COLLATE " + column.Collation);

    /// <summary>"(a, b)".</summary>
    public static string Names(IEnumerable<string> names) => "(" + string.Join(", ", names) + ")";

    public static string IndexColumns(IndexSchema index) =>
        "(" + string.Join(", ", index.Columns.Select(c => (c.Name ?? c.Expression) + (c.IsDescending ? " DESC" : string.Empty))) + ")"
        + (index.Where == null ? string.Empty : " WHERE " + index.Where);

    /// <summary>"stock (item_id) -> items (id) ON DELETE CASCADE".</summary>
    public static string ForeignKey(string table, ForeignKeySchema key) =>
        table + " " + Names(key.Columns) + " -> " + key.ReferencedTable + " " + Names(key.ReferencedColumns)
        + (key.OnDelete == ReferentialAction.NoAction ? string.Empty : " ON DELETE " + key.OnDelete.ToSql())
        + (key.OnUpdate == ReferentialAction.NoAction ? string.Empty : " ON UPDATE " + key.OnUpdate.ToSql());

    public static string PrimaryKey(PrimaryKeySchema? key) => key == null ? "(none)" : Names(key.Columns);

    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
