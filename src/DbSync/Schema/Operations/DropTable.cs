using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Drops a table; keeps its whole definition so the inverse can create it again.</summary>
public sealed record DropTable(TableSchema Definition) : SchemaOperation
{
    public override string Table => Definition.Name;

    public override SchemaOperation Invert() => new AddTable(Definition);

    public override string Describe() => "drop table " + Definition.Name;
}
