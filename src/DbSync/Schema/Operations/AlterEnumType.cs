using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>
/// Changes an enumerated type's labels. Adding labels is done in place (ALTER TYPE ... ADD VALUE); a dialect that
/// cannot remove or reorder labels in place says how it does it (or refuses) in its renderer.
/// </summary>
public sealed record AlterEnumType(EnumTypeSchema From, EnumTypeSchema To) : SchemaOperation
{
    public override string Table => To.Name;

    public override SchemaOperation Invert() => new AlterEnumType(To, From);

    public override string Describe() => "alter enum type " + To.Name + ": (" + string.Join(", ", From.Values) + ") -> (" + string.Join(", ", To.Values) + ")";
}
