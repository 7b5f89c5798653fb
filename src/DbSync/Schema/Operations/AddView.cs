using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>Creates a view (after the tables, routines and views it reads).</summary>
public sealed record AddView(ViewSchema View) : SchemaOperation
{
    public override string Table => View.Name;

    public override SchemaOperation Invert() => new DropView(View);

    public override string Describe() => "add view " + View.Name;
}
