using DbSync.Conformance;
using DbSync.Testing.Databases;

namespace DbSync.PostgreSql.Tests.Conformance;

/// <summary>The autogenerate round trip on PostgreSQL.</summary>
public sealed class PostgreSqlAutogenerateConformanceTests : AutogenerateConformanceTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgreSqlTestDatabase.CreateAsync();
}
