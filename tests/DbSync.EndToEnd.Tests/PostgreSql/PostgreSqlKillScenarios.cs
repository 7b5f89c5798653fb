using System.Globalization;
using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.PostgreSql;

/// <summary>
/// The kill scenarios on PostgreSQL: a killed version's transaction is rolled back by the server and its advisory
/// lock freed with the connection, so the rerun applies that version whole.
/// </summary>
public sealed class PostgreSqlKillScenarios : KillScenarios
{
    protected override bool Resumes => false;

    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => await PostgreSqlTestDatabase.CreateAsync();

    protected override string Fill(string table, int rows) =>
        "INSERT INTO " + table + " (id, n) SELECT g, g % 97 FROM generate_series(1, " + rows.ToString(CultureInfo.InvariantCulture) + ") g";
}
