using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Drops a standalone sequence (after the tables whose defaults used it).</summary>
public sealed record DropSequence(SequenceSchema Sequence) : SchemaOperation
{
    public override string Table => Sequence.Name;

    public override SchemaOperation Invert() => new AddSequence(Sequence);

    public override string Describe() => "drop sequence " + Sequence.Name;
}
