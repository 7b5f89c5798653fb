using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>The JSON scenarios on a fresh database of the private MariaDB server.</summary>
public sealed class MariaDbJsonOutputScenarios : JsonOutputScenarios
{
    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => await MariaDbTestDatabase.CreateAsync();
}
