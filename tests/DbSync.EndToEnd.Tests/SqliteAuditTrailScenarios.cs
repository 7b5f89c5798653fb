using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>The audit-trail scenarios on an SQLite file.</summary>
public sealed class SqliteAuditTrailScenarios : AuditTrailScenarios
{
    protected override Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) =>
        Task.FromResult<TestDatabase>(new SqliteTestDatabase(directory.Path, "inventory-audit.sqlite"));
}
