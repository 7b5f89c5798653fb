using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Changes a column's type, nullability, default, autoincrement, collation, ON UPDATE, generation, character set or comment (<see cref="Changes"/> says which).</summary>
public sealed record AlterColumn(string Table, ColumnSchema From, ColumnSchema To, ColumnChange Changes) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new AlterColumn(Table, To, From, Changes);

    /// <summary>"alter column items.name: type VARCHAR(100) -> VARCHAR(200), NULL -> NOT NULL" (only what changed is named).</summary>
    public override string Describe()
    {
        var parts = new List<string>();
        if (Changes.HasFlag(ColumnChange.Type))
        {
            parts.Add("type " + Show(From.Type) + " -> " + Show(To.Type));
        }

        if (Changes.HasFlag(ColumnChange.Nullability))
        {
            parts.Add(From.IsNullable ? "NULL -> NOT NULL" : "NOT NULL -> NULL");
        }

        if (Changes.HasFlag(ColumnChange.Default))
        {
            parts.Add("default " + (From.Default ?? "none") + " -> " + (To.Default ?? "none"));
        }

        if (Changes.HasFlag(ColumnChange.AutoIncrement))
        {
            parts.Add(From.IsAutoIncrement == To.IsAutoIncrement ? "identity " + SchemaText.Identity(From) + " -> " + SchemaText.Identity(To)
                : To.IsAutoIncrement ? "autoincrement added" : "autoincrement removed");
        }

        if (Changes.HasFlag(ColumnChange.Collation))
        {
            parts.Add("collation " + (From.Collation ?? "default") + " -> " + (To.Collation ?? "default"));
        }

        if (Changes.HasFlag(ColumnChange.OnUpdate))
        {
            parts.Add("on update " + (From.OnUpdate ?? "none") + " -> " + (To.OnUpdate ?? "none"));
        }

        if (Changes.HasFlag(ColumnChange.Generated))
        {
            parts.Add("generated " + Generated(From.Generated) + " -> " + Generated(To.Generated));
        }

        if (Changes.HasFlag(ColumnChange.CharacterSet))
        {
            parts.Add("character set " + (From.CharacterSet ?? "default") + " -> " + (To.CharacterSet ?? "default"));
        }

        if (Changes.HasFlag(ColumnChange.Comment))
        {
            parts.Add("comment " + Comment(From.Comment) + " -> " + Comment(To.Comment));
        }

        return "alter column " + Table + "." + To.Name + ": " + string.Join(", ", parts);
    }

    private static string Generated(GeneratedColumn? generated) =>
        generated == null ? "none" : "(" + SchemaText.OneLine(generated.Expression) + ")" + (generated.IsStored ? " STORED" : " VIRTUAL");

    private static string Comment(string? comment) => comment == null ? "none" : "'" + SchemaText.OneLine(comment) + "'";

    private static string Show(string type) => type.Length == 0 ? "(no type)" : type;
}
