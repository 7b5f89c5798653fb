using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Creates an enumerated type (before the tables whose columns use it).</summary>
public sealed record AddEnumType(EnumTypeSchema Type) : SchemaOperation
{
    public override string Table => Type.Name;

    public override SchemaOperation Invert() => new DropEnumType(Type);

    public override string Describe() => "add enum type " + Type.Name + " (" + string.Join(", ", Type.Values) + ")";
}
