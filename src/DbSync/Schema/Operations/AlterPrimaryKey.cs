using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Adds, removes or changes a table's primary key (null: none).</summary>
public sealed record AlterPrimaryKey(string Table, PrimaryKeySchema? From, PrimaryKeySchema? To) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new AlterPrimaryKey(Table, To, From);

    public override string Describe() => "alter primary key of " + Table + ": " + SchemaText.PrimaryKey(From) + " -> " + SchemaText.PrimaryKey(To);
}
