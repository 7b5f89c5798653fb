using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

public sealed record DropUniqueConstraint(string Table, UniqueConstraintSchema Constraint) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new AddUniqueConstraint(Table, Constraint);

    public override string Describe() => "drop unique constraint on " + Table + " " + SchemaText.Names(Constraint.Columns);
}
