namespace DbSync.Schema.Model;

/// <summary>A UNIQUE constraint declared with the table (not a CREATE UNIQUE INDEX, which is an <see cref="IndexSchema"/>).</summary>
public sealed record UniqueConstraintSchema(IReadOnlyList<string> Columns, string? Name = null);
