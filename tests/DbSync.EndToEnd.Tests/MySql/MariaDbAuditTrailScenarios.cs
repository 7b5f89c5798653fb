using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>The audit-trail scenarios on a fresh database of the private MariaDB server.</summary>
public sealed class MariaDbAuditTrailScenarios : AuditTrailScenarios
{
    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => await MariaDbTestDatabase.CreateAsync();
}
