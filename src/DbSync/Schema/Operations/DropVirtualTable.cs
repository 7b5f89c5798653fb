using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Drops an SQLite virtual table with its shadow tables.</summary>
public sealed record DropVirtualTable(VirtualTableSchema Definition) : SchemaOperation
{
    public override string Table => Definition.Name;

    public override SchemaOperation Invert() => new AddVirtualTable(Definition);

    public override string Describe() => "drop virtual table " + Definition.Name;
}
