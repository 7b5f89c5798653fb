namespace DbSync.Schema.Model;

/// <summary>One key of an index: a column (<see cref="Name"/>) or, for an expression index, the expression's SQL.</summary>
public sealed record IndexColumn(string? Name, string? Expression = null, bool IsDescending = false)
{
    public static IndexColumn Of(string name) => new(name);

    public static IndexColumn OfExpression(string expression) => new(null, expression);
}
