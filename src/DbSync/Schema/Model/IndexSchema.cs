namespace DbSync.Schema.Model;

/// <summary>A named index created with CREATE [UNIQUE] INDEX, possibly partial (<see cref="Where"/>).</summary>
public sealed record IndexSchema(string Name, IReadOnlyList<IndexColumn> Columns, bool IsUnique, string? Where = null);
