using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>Interrupting on MariaDB: what ran is kept and recorded, and the rerun resumes after it.</summary>
public sealed class MariaDbInterruptionScenarios : InterruptionScenarios
{
    protected override string SlowStatement => "INSERT INTO slow SELECT seq FROM seq_1_to_1500000";

    protected override string ExpectedOutcome =>
        "stopped after statements 1-3 of version 2 (up to line 3); the database is at version 1 and the rerun resumes at statement 4.";

    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => await MariaDbTestDatabase.CreateAsync();
}
