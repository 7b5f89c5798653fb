using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

public sealed record AddIndex(string Table, IndexSchema Index) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new DropIndex(Table, Index);

    public override string Describe() => "add " + (Index.IsUnique ? "unique index " : "index ") + Index.Name + " on " + Table + " " + SchemaText.IndexColumns(Index);
}
