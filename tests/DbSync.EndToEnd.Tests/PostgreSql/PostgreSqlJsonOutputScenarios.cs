using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.PostgreSql;

/// <summary>The JSON scenarios on a fresh database of the private PostgreSQL server.</summary>
public sealed class PostgreSqlJsonOutputScenarios : JsonOutputScenarios
{
    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => await PostgreSqlTestDatabase.CreateAsync();
}
