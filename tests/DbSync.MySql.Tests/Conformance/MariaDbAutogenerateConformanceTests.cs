using DbSync.Conformance;
using DbSync.Testing.Databases;
using DbSync.Testing.MariaDb;

namespace DbSync.MySql.Tests.Conformance;

/// <summary>The autogenerate round trip on MariaDB (utf8mb4 server).</summary>
public sealed class MariaDbAutogenerateConformanceTests : AutogenerateConformanceTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() =>
        await MariaDbTestDatabase.CreateAsync(serverCharset: MariaDbServerCharset.Utf8Mb4);
}
