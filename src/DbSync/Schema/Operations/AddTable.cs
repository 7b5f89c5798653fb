using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Creates a table with its indexes and triggers.</summary>
public sealed record AddTable(TableSchema Definition) : SchemaOperation
{
    public override string Table => Definition.Name;

    public override SchemaOperation Invert() => new DropTable(Definition);

    public override string Describe() => "add table " + Definition.Name;
}
