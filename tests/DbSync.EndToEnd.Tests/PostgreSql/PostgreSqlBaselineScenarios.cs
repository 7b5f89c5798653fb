using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.PostgreSql;

/// <summary>The baseline scenarios on databases of the private PostgreSQL server (skipped, with the reason, where none exists; required under CI=true).</summary>
public sealed class PostgreSqlBaselineScenarios : BaselineScenarios
{
    protected override string Dialect => "postgresql";

    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory, string name) => await PostgreSqlTestDatabase.CreateAsync();
}
