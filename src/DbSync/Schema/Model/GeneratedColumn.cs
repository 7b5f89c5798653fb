namespace DbSync.Schema.Model;

/// <summary>
/// A generated (computed) column's expression: <c>GENERATED ALWAYS AS (expr) VIRTUAL|STORED</c> on MySQL, MariaDB and
/// SQLite, <c>... STORED</c> on PostgreSQL. <see cref="IsStored"/> is false for a virtual column.
/// </summary>
public sealed record GeneratedColumn(string Expression, bool IsStored);
