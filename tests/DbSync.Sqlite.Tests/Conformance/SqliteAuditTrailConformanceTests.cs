using DbSync.Conformance;
using DbSync.Testing.Databases;

namespace DbSync.Sqlite.Tests.Conformance;

/// <summary>The audit-trail conformance suite on SQLite files.</summary>
public sealed class SqliteAuditTrailConformanceTests : AuditTrailConformanceTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(SqliteTestDatabase.CreateTemporary());
}
