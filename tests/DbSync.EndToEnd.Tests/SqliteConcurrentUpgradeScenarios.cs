using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>The concurrent upgrades on one SQLite file: each step's BEGIN IMMEDIATE makes the runs take turns.</summary>
public sealed class SqliteConcurrentUpgradeScenarios : ConcurrentUpgradeScenarios
{
    protected override Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) =>
        Task.FromResult<TestDatabase>(new SqliteTestDatabase(directory.Path, "concurrent.sqlite"));
}
