using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

public sealed record DropForeignKey(string Table, ForeignKeySchema ForeignKey) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new AddForeignKey(Table, ForeignKey);

    public override string Describe() => "drop foreign key " + SchemaText.ForeignKey(Table, ForeignKey);
}
