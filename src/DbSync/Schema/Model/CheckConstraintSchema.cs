namespace DbSync.Schema.Model;

/// <summary>A CHECK constraint (declared on a column or on the table: the same thing to the database).</summary>
public sealed record CheckConstraintSchema(string Expression, string? Name = null);
