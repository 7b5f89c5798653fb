using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Changes how a table is stored (engine, character set, collation, row format, comment, partitioning, WITHOUT ROWID, STRICT).</summary>
public sealed record AlterTableOptions(string Table, TableOptions From, TableOptions To) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new AlterTableOptions(Table, To, From);

    public override string Describe() => "alter table options of " + Table + ": " + SchemaText.TableOptions(From) + " -> " + SchemaText.TableOptions(To);
}
