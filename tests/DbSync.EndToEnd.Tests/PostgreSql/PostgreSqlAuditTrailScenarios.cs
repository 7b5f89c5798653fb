using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.PostgreSql;

/// <summary>The audit-trail scenarios on a fresh database of the private PostgreSQL server.</summary>
public sealed class PostgreSqlAuditTrailScenarios : AuditTrailScenarios
{
    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => await PostgreSqlTestDatabase.CreateAsync();
}
