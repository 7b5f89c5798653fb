using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Creates a standalone sequence (before the tables whose defaults use it).</summary>
public sealed record AddSequence(SequenceSchema Sequence) : SchemaOperation
{
    public override string Table => Sequence.Name;

    public override SchemaOperation Invert() => new DropSequence(Sequence);

    public override string Describe() => "add sequence " + Sequence.Name;
}
