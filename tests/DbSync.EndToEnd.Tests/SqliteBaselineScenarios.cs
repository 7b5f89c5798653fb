using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>The baseline scenarios on SQLite files.</summary>
public sealed class SqliteBaselineScenarios : BaselineScenarios
{
    protected override string Dialect => "sqlite";

    protected override Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory, string name) =>
        Task.FromResult<TestDatabase>(new SqliteTestDatabase(directory.Path, name + ".sqlite"));
}
