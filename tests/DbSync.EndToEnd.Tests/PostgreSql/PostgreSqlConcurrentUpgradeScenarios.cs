using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.PostgreSql;

/// <summary>The concurrent upgrades on one PostgreSQL database: pg_advisory_lock on the hash of 'dbsync:concurrent' makes the runs take turns.</summary>
public sealed class PostgreSqlConcurrentUpgradeScenarios : ConcurrentUpgradeScenarios
{
    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => await PostgreSqlTestDatabase.CreateAsync();
}
