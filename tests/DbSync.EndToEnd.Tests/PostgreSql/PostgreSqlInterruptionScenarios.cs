using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.PostgreSql;

/// <summary>Interrupting on PostgreSQL: the version's transaction rolls back, and the rerun applies it whole.</summary>
public sealed class PostgreSqlInterruptionScenarios : InterruptionScenarios
{
    protected override string SlowStatement => "INSERT INTO slow SELECT g FROM generate_series(1, 1500000) g";

    protected override string ExpectedOutcome => "version 2 rolled back; the database is at version 1.";

    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => await PostgreSqlTestDatabase.CreateAsync();
}
