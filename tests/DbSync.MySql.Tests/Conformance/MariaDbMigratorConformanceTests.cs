using DbSync.Conformance;
using DbSync.Testing.Databases;
using DbSync.Testing.MariaDb;

namespace DbSync.MySql.Tests.Conformance;

/// <summary>The dialect conformance suite on a MariaDB server whose default character set is utf8mb4.</summary>
public sealed class MariaDbMigratorConformanceTests : MigratorConformanceTests
{
    protected override bool HasTransactionalDdl => false;

    protected override async Task<TestDatabase> CreateDatabaseAsync() =>
        await MariaDbTestDatabase.CreateAsync(serverCharset: MariaDbServerCharset.Utf8Mb4);
}
