using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

public sealed record AddUniqueConstraint(string Table, UniqueConstraintSchema Constraint) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new DropUniqueConstraint(Table, Constraint);

    public override string Describe() => "add unique constraint on " + Table + " " + SchemaText.Names(Constraint.Columns);
}
