namespace DbSync.Sqlite.Schema;

/// <summary>What a column's definition in CREATE TABLE says that table_xinfo does not: COLLATE, AUTOINCREMENT, GENERATED.</summary>
internal sealed record SqliteColumnDefinition(string? Collation, bool IsAutoIncrement, bool IsGenerated)
{
    public static readonly SqliteColumnDefinition Plain = new(null, false, false);
}
