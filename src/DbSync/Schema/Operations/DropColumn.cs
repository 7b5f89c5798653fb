using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Drops a column; keeps its definition so the inverse can add it again.</summary>
public sealed record DropColumn(string Table, ColumnSchema Column) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new AddColumn(Table, Column);

    public override string Describe() => "drop column " + Table + "." + Column.Name;
}
