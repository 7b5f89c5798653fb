namespace DbSync.Schema.Model;

/// <summary>
/// The options a table is created with, beyond its columns and keys: MySQL's ENGINE, character set, collation,
/// ROW_FORMAT, COMMENT and AUTO_INCREMENT start; SQLite's WITHOUT ROWID and STRICT; a comment on PostgreSQL; the
/// partitioning clause as the database prints it. Null (false) means "not set / the database's default".
/// </summary>
/// <remarks>
/// <see cref="AutoIncrement"/> is written when a table is created but never compared: a live table's counter moves
/// with every insert, so comparing it would report a change on every run.
/// </remarks>
public sealed record TableOptions
{
    public static readonly TableOptions None = new();

    public string? Engine { get; init; }

    public string? CharacterSet { get; init; }

    public string? Collation { get; init; }

    public string? RowFormat { get; init; }

    public string? Comment { get; init; }

    public long? AutoIncrement { get; init; }

    public bool WithoutRowId { get; init; }

    public bool Strict { get; init; }

    public string? Partitioning { get; init; }
}
