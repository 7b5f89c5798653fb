using DbSync.Conformance;
using DbSync.Testing.Databases;

namespace DbSync.PostgreSql.Tests.Conformance;

/// <summary>The same suite in a schema other than public, chosen by the URL's options=-csearch_path=inventory.</summary>
public sealed class PostgreSqlOtherSchemaMigratorConformanceTests : MigratorConformanceTests
{
    protected override bool HasTransactionalDdl => true;

    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgreSqlTestDatabase.CreateAsync(schema: "inventory");
}
