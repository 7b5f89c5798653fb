using DbSync.Schema.Model;

namespace DbSync.Sqlite.Schema;

/// <summary>
/// What SQLite's pragmas do not report about a table and its CREATE TABLE text does: per-column COLLATE,
/// AUTOINCREMENT and generated columns, the CHECK constraints, and the table options (WITHOUT ROWID, STRICT).
/// </summary>
internal sealed record SqliteTableDefinition(
    IReadOnlyDictionary<string, SqliteColumnDefinition> Columns,
    IReadOnlyList<CheckConstraintSchema> Checks,
    TableOptions Options)
{
    public SqliteColumnDefinition Column(string name) =>
        Columns.TryGetValue(name, out SqliteColumnDefinition? column) ? column : SqliteColumnDefinition.Plain;
}
