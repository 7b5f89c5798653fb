using DbSync.Schema.Model;

namespace DbSync.Schema.Operations;

/// <summary>
/// Renames a column, keeping its data, and changes its definition where <see cref="Changes"/> says so. Never guessed by the
/// comparer: it replaces a drop and an add the author named with <c>revision --autogenerate --rename table.old=new</c>.
/// </summary>
public sealed record RenameColumn(string Table, ColumnSchema From, ColumnSchema To, ColumnChange Changes) : SchemaOperation
{
    public override string Table { get; } = Table;

    public override SchemaOperation Invert() => new RenameColumn(Table, To, From, Changes);

    /// <summary>"rename column items.descr -> items.description", with what else changed (as <see cref="AlterColumn"/> says it).</summary>
    public override string Describe()
    {
        string rename = "rename column " + Table + "." + From.Name + " -> " + Table + "." + To.Name;
        if (Changes == ColumnChange.None)
        {
            return rename;
        }

        string altered = new AlterColumn(Table, From with { Name = To.Name }, To, Changes).Describe();
        return rename + altered[altered.IndexOf(':', StringComparison.Ordinal)..];
    }
}
