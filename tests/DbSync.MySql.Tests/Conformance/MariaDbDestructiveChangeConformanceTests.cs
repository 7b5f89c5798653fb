using DbSync.Conformance;
using DbSync.Testing.Databases;
using DbSync.Testing.MariaDb;

namespace DbSync.MySql.Tests.Conformance;

/// <summary>Destructive-change warnings and --rename on MariaDB (utf8mb4 server).</summary>
public sealed class MariaDbDestructiveChangeConformanceTests : DestructiveChangeConformanceTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() =>
        await MariaDbTestDatabase.CreateAsync(serverCharset: MariaDbServerCharset.Utf8Mb4);
}
