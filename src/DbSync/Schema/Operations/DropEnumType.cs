using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Drops an enumerated type (after the columns that used it).</summary>
public sealed record DropEnumType(EnumTypeSchema Type) : SchemaOperation
{
    public override string Table => Type.Name;

    public override SchemaOperation Invert() => new AddEnumType(Type);

    public override string Describe() => "drop enum type " + Type.Name;
}
