using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

public sealed record AddCheckConstraint(string Table, CheckConstraintSchema Constraint) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new DropCheckConstraint(Table, Constraint);

    public override string Describe() => "add check constraint on " + Table + ": " + Constraint.Expression;
}
