using System.Globalization;
using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>The kill scenarios on an SQLite file: a killed version rolls back whole.</summary>
public sealed class SqliteKillScenarios : KillScenarios
{
    protected override bool Resumes => false;

    protected override Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => Task.FromResult<TestDatabase>(new SqliteTestDatabase(directory.Path));

    protected override string Fill(string table, int rows) =>
        "INSERT INTO " + table + " (id, n) WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < "
        + rows.ToString(CultureInfo.InvariantCulture) + ") SELECT x, x % 97 FROM c";
}
