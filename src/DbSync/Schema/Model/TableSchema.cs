namespace DbSync.Schema.Model;

/// <summary>One table: its columns in order and everything attached to it.</summary>
public sealed record TableSchema(
    string Name,
    IReadOnlyList<ColumnSchema> Columns,
    PrimaryKeySchema? PrimaryKey,
    IReadOnlyList<UniqueConstraintSchema> UniqueConstraints,
    IReadOnlyList<IndexSchema> Indexes,
    IReadOnlyList<ForeignKeySchema> ForeignKeys,
    IReadOnlyList<CheckConstraintSchema> CheckConstraints,
    IReadOnlyList<TriggerSchema> Triggers)
{
    /// <summary>A table with columns only, to be completed with <c>with</c> expressions.</summary>
    public TableSchema(string name, IReadOnlyList<ColumnSchema> columns)
        : this(name, columns, null, [], [], [], [], [])
    {
    }

    /// <summary>How the table is created beyond its columns and keys (engine, collation, WITHOUT ROWID...).</summary>
    public TableOptions Options { get; init; } = TableOptions.None;

    public ColumnSchema? FindColumn(string name)
    {
        foreach (ColumnSchema column in Columns)
        {
            if (string.Equals(column.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return column;
            }
        }

        return null;
    }

    public bool HasColumn(string name) => FindColumn(name) != null;
}
