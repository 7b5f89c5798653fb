using DbSync.Conformance;
using DbSync.Testing.Databases;

namespace DbSync.PostgreSql.Tests.Conformance;

/// <summary>The dialect conformance suite on the private PostgreSQL server, in the public schema.</summary>
public sealed class PostgreSqlMigratorConformanceTests : MigratorConformanceTests
{
    protected override bool HasTransactionalDdl => true;

    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgreSqlTestDatabase.CreateAsync();
}
