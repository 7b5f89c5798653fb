using DbSync.Schema.Model;

namespace DbSync.Sqlite.Schema;

/// <summary>What a column's definition in CREATE TABLE says that table_xinfo does not: COLLATE, AUTOINCREMENT, GENERATED ALWAYS AS.</summary>
internal sealed record SqliteColumnDefinition(string? Collation, bool IsAutoIncrement, GeneratedColumn? Generated)
{
    public static readonly SqliteColumnDefinition Plain = new(null, false, null);
}
