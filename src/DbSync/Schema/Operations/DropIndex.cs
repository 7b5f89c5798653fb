using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Drops an index; keeps its definition so the inverse can create it again.</summary>
public sealed record DropIndex(string Table, IndexSchema Index) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new AddIndex(Table, Index);

    public override string Describe() => "drop index " + Index.Name + " on " + Table;
}
