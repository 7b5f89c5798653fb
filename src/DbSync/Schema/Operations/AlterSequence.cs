using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Changes a sequence's type, increment, bounds, cache or cycling in place (ALTER SEQUENCE keeps its current value).</summary>
public sealed record AlterSequence(SequenceSchema From, SequenceSchema To) : SchemaOperation
{
    public override string Table => To.Name;

    public override SchemaOperation Invert() => new AlterSequence(To, From);

    public override string Describe() => "alter sequence " + To.Name;
}
