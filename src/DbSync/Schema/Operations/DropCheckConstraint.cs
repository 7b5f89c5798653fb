using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

public sealed record DropCheckConstraint(string Table, CheckConstraintSchema Constraint) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new AddCheckConstraint(Table, Constraint);

    public override string Describe() => "drop check constraint on " + Table + ": " + Constraint.Expression;
}
