using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>The baseline scenarios on SQLite files.</summary>
public sealed class SqliteBaselineScenarios : BaselineScenarios
{
    protected override string Dialect => "sqlite";

    /// <summary>
    /// The baseline writes an INTEGER PRIMARY KEY column as NOT NULL (what it is: the rowid), which PRAGMA table_info
    /// reports only when the declaration says it; 003 declares <c>id INTEGER PRIMARY KEY AUTOINCREMENT</c>.
    /// </summary>
    protected override IReadOnlyList<string> Comparable(IReadOnlyList<string> schema) =>
        schema.Select(line => line.EndsWith(" INTEGER NOT NULL DEFAULT none pk1", StringComparison.Ordinal)
            ? line.Replace(" NOT NULL", string.Empty, StringComparison.Ordinal)
            : line).ToList();

    protected override Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory, string name) =>
        Task.FromResult<TestDatabase>(new SqliteTestDatabase(directory.Path, name + ".sqlite"));
}
