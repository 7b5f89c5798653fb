namespace DbSync.Schema.Model;

/// <summary>A table's primary key: its columns in key order.</summary>
public sealed record PrimaryKeySchema(IReadOnlyList<string> Columns, string? Name = null);
