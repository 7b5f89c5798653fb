using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Creates an SQLite virtual table (its module creates the shadow tables).</summary>
public sealed record AddVirtualTable(VirtualTableSchema Definition) : SchemaOperation
{
    public override string Table => Definition.Name;

    public override SchemaOperation Invert() => new DropVirtualTable(Definition);

    public override string Describe() => "add virtual table " + Definition.Name + " using " + Definition.Module;
}
