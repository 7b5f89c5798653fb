using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>The concurrent upgrades on one MariaDB database: GET_LOCK('dbsync:concurrent') makes the runs take turns.</summary>
public sealed class MariaDbConcurrentUpgradeScenarios : ConcurrentUpgradeScenarios
{
    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => await MariaDbTestDatabase.CreateAsync();
}
