namespace DbSync.Schema.Model;

/// <summary>
/// A named index created with CREATE [UNIQUE] INDEX, possibly partial (<see cref="Where"/>). <see cref="Method"/> is the
/// access method when it is not the database's default (PostgreSQL's gin, gist, hash, brin...; null for btree and on
/// databases without a choice), and <see cref="Include"/> the non-key columns it carries (PostgreSQL's INCLUDE).
/// <see cref="Kind"/> tells MySQL's FULLTEXT (with its <see cref="Parser"/>) and SPATIAL indexes apart;
/// <see cref="IsInvisible"/> is MySQL's INVISIBLE / MariaDB's IGNORED.
/// </summary>
public sealed record IndexSchema(string Name, IReadOnlyList<IndexColumn> Columns, bool IsUnique, string? Where = null, string? Method = null,
    IReadOnlyList<string>? Include = null, IndexKind Kind = IndexKind.Regular, string? Parser = null, bool IsInvisible = false);
