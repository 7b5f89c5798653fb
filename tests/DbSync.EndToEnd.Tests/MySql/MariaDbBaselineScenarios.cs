using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>The baseline scenarios on databases of the private MariaDB server (skipped, with the reason, where none exists; required under CI=true).</summary>
public sealed class MariaDbBaselineScenarios : BaselineScenarios
{
    protected override string Dialect => "mysql";

    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory, string name) => await MariaDbTestDatabase.CreateAsync();
}
