using DbSync.Schema.Model;

namespace DbSync.Sqlite.Schema;

/// <summary>
/// What SQLite's pragmas do not report about a table and its CREATE TABLE text does: per-column COLLATE,
/// AUTOINCREMENT and generated columns, and the CHECK constraints.
/// </summary>
internal sealed record SqliteTableDefinition(
    IReadOnlyDictionary<string, SqliteColumnDefinition> Columns,
    IReadOnlyList<CheckConstraintSchema> Checks,
    bool WithoutRowId)
{
    public SqliteColumnDefinition Column(string name) =>
        Columns.TryGetValue(name, out SqliteColumnDefinition? column) ? column : SqliteColumnDefinition.Plain;
}
