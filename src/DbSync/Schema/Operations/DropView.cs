using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Drops a view (before anything it reads changes).</summary>
public sealed record DropView(ViewSchema View) : SchemaOperation
{
    public override string Table => View.Name;

    public override SchemaOperation Invert() => new AddView(View);

    public override string Describe() => "drop view " + View.Name;
}
