using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

public sealed record AddColumn(string Table, ColumnSchema Column) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new DropColumn(Table, Column);

    public override string Describe() => "add column " + Table + "." + Column.Name + " " + SchemaText.Column(Column);
}
