namespace DbSync.Schema.Model;

/// <summary>
/// The tables of one database (or of the model), in one neutral representation shared by every dialect: what
/// introspection produces, the comparer reads and the renderers write SQL from. Tables are kept sorted by name so two
/// schemas print and compare in the same order.
/// </summary>
public sealed record DatabaseSchema
{
    public static readonly DatabaseSchema Empty = new([]);

    public DatabaseSchema(IEnumerable<TableSchema> tables)
    {
        Tables = tables.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<TableSchema> Tables { get; }

    /// <summary>The views, in an order in which each can be created after those it reads (the reader's order, kept).</summary>
    public IReadOnlyList<ViewSchema> Views { get; init; } = [];

    /// <summary>Stored procedures, functions and events (MySQL/MariaDB).</summary>
    public IReadOnlyList<RoutineSchema> Routines { get; init; } = [];

    /// <summary>Virtual tables (SQLite FTS, R*Tree), each one object without its shadow tables.</summary>
    public IReadOnlyList<VirtualTableSchema> VirtualTables { get; init; } = [];

    /// <summary>Standalone sequences (PostgreSQL).</summary>
    public IReadOnlyList<SequenceSchema> Sequences { get; init; } = [];

    /// <summary>Enumerated types (PostgreSQL).</summary>
    public IReadOnlyList<EnumTypeSchema> EnumTypes { get; init; } = [];

    /// <summary>
    /// What introspection found that the model cannot express (a materialized view, a domain type...), one sentence
    /// naming each object: never compared or rendered, always reported as a warning, so nothing is lost silently.
    /// </summary>
    public IReadOnlyList<string> Unmodelled { get; init; } = [];

    /// <summary>The table called <paramref name="name"/> (names compare case-insensitively, as both dialects resolve them), or null.</summary>
    public TableSchema? FindTable(string name)
    {
        foreach (TableSchema table in Tables)
        {
            if (string.Equals(table.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return table;
            }
        }

        return null;
    }
}
