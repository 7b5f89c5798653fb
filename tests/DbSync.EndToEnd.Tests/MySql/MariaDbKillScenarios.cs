using System.Globalization;
using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>The kill scenarios on MariaDB: a killed version resumes at the statement that was running.</summary>
public sealed class MariaDbKillScenarios : KillScenarios
{
    protected override bool Resumes => true;

    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => await MariaDbTestDatabase.CreateAsync();

    // MariaDB's sequence engine: seq_1_to_N is a table of the numbers 1 to N.
    protected override string Fill(string table, int rows) =>
        "INSERT INTO " + table + " (id, n) SELECT seq, seq % 97 FROM seq_1_to_" + rows.ToString(CultureInfo.InvariantCulture);
}
