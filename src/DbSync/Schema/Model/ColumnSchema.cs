namespace DbSync.Schema.Model;

/// <summary>
/// One column. <see cref="Type"/> is the type as the database reports it (e.g. "VARCHAR(32)", "int(11)") and
/// <see cref="Default"/> the default as an SQL expression (e.g. "'general'", "0", "CURRENT_TIMESTAMP"), null when the
/// column has none; the dialect's <see cref="Comparison.SchemaNormalizer"/> decides when two spellings mean the same.
/// <see cref="OnUpdate"/> is MySQL's <c>ON UPDATE</c> expression (e.g. "CURRENT_TIMESTAMP"), null elsewhere.
/// <see cref="IsAutoIncrement"/> is the database's own numbering (SQLite AUTOINCREMENT, MySQL AUTO_INCREMENT,
/// PostgreSQL serial); an SQL-standard identity column is autoincrement with its <see cref="Identity"/> clause.
/// <see cref="Generated"/> is a generated column's expression, <see cref="Comment"/> its comment (MySQL COMMENT,
/// PostgreSQL COMMENT ON COLUMN) and <see cref="CharacterSet"/> MySQL's per-column character set, when declared.
/// </summary>
public sealed record ColumnSchema(
    string Name,
    string Type,
    bool IsNullable,
    string? Default = null,
    bool IsAutoIncrement = false,
    string? Collation = null,
    string? OnUpdate = null,
    IdentityGeneration? Identity = null,
    GeneratedColumn? Generated = null,
    string? Comment = null,
    string? CharacterSet = null);
