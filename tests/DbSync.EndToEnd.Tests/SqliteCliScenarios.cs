using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>The CLI scenarios on an SQLite file.</summary>
public sealed class SqliteCliScenarios : CliScenarios
{
    protected override Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) =>
        Task.FromResult<TestDatabase>(new SqliteTestDatabase(directory.Path, "inventory-test.sqlite"));
}
