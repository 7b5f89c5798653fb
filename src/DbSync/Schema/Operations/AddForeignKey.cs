using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

public sealed record AddForeignKey(string Table, ForeignKeySchema ForeignKey) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new DropForeignKey(Table, ForeignKey);

    public override string Describe() => "add foreign key " + SchemaText.ForeignKey(Table, ForeignKey);
}
