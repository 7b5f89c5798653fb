namespace DbSync.Schema.Model;

/// <summary>
/// One key of an index: a column (<see cref="Name"/>) or, for an expression index, the expression's SQL.
/// <see cref="Length"/> is MySQL's prefix length (<c>name(20)</c>), <see cref="Collation"/> a per-key collation
/// (SQLite's <c>name COLLATE NOCASE</c>, PostgreSQL's <c>name COLLATE "C"</c>).
/// </summary>
public sealed record IndexColumn(string? Name, string? Expression = null, bool IsDescending = false, int? Length = null, string? Collation = null)
{
    public static IndexColumn Of(string name) => new(name);

    public static IndexColumn OfExpression(string expression) => new(null, expression);
}
