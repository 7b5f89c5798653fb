namespace DbSync.Schema.Model;

/// <summary>A FOREIGN KEY: <see cref="Columns"/> of this table reference <see cref="ReferencedColumns"/> of <see cref="ReferencedTable"/>.</summary>
public sealed record ForeignKeySchema(
    IReadOnlyList<string> Columns,
    string ReferencedTable,
    IReadOnlyList<string> ReferencedColumns,
    ReferentialAction OnDelete = ReferentialAction.NoAction,
    ReferentialAction OnUpdate = ReferentialAction.NoAction,
    string? Name = null);
