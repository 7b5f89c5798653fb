using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>Interrupting on SQLite: the version rolls back whole.</summary>
public sealed class SqliteInterruptionScenarios : InterruptionScenarios
{
    protected override string SlowStatement =>
        "INSERT INTO slow WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1500000) SELECT x FROM c";

    protected override string ExpectedOutcome => "version 2 rolled back; the database is at version 1.";

    protected override Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => Task.FromResult<TestDatabase>(new SqliteTestDatabase(directory.Path));
}
