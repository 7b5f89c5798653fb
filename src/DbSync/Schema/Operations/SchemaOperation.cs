namespace DbSync.Schema.Operations;

/// <summary>
/// One change that turns a schema into another, as data (Alembic's ops): the comparer produces them, the renderers turn
/// them into SQL, and each knows its inverse so the downgrade undoes the upgrade change by change.
/// </summary>
public abstract record SchemaOperation
{
    /// <summary>The table the change is on.</summary>
    public abstract string Table { get; }

    /// <summary>The change that undoes this one.</summary>
    public abstract SchemaOperation Invert();

    /// <summary>One line for people: revision headers and `check` output, e.g. "add column items.weight REAL".</summary>
    public abstract string Describe();

    public sealed override string ToString() => Describe();
}
