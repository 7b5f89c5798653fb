using DbSync.Conformance;
using DbSync.Testing.Databases;
using DbSync.Testing.MariaDb;

namespace DbSync.MySql.Tests.Conformance;

/// <summary>The audit-trail conformance suite on the private MariaDB server (DDL commits on its own: the resumable step scope).</summary>
public sealed class MariaDbAuditTrailConformanceTests : AuditTrailConformanceTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() =>
        await MariaDbTestDatabase.CreateAsync(serverCharset: MariaDbServerCharset.Utf8Mb4);
}
