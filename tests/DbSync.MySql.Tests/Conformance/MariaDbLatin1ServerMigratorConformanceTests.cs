using DbSync.Conformance;
using DbSync.Testing.Databases;
using DbSync.Testing.MariaDb;

namespace DbSync.MySql.Tests.Conformance;

/// <summary>The same suite on a MariaDB server whose default character set is latin1 (a --no-defaults server's, and many older installations').</summary>
public sealed class MariaDbLatin1ServerMigratorConformanceTests : MigratorConformanceTests
{
    protected override bool HasTransactionalDdl => false;

    protected override async Task<TestDatabase> CreateDatabaseAsync() =>
        await MariaDbTestDatabase.CreateAsync(serverCharset: MariaDbServerCharset.Latin1);
}
