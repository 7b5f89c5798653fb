using DbSync.Conformance;
using DbSync.Testing.Databases;

namespace DbSync.PostgreSql.Tests.Conformance;

/// <summary>The audit-trail conformance suite on the private PostgreSQL server.</summary>
public sealed class PostgreSqlAuditTrailConformanceTests : AuditTrailConformanceTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgreSqlTestDatabase.CreateAsync();
}
