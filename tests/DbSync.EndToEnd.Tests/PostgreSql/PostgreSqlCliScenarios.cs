using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.PostgreSql;

/// <summary>
/// The CLI scenarios on a fresh database of the private PostgreSQL server, through a URL whose password needs
/// percent-encoding (the base class checks it never shows on any command). Skipped outside CI where no PostgreSQL exists.
/// </summary>
public sealed class PostgreSqlCliScenarios : CliScenarios
{
    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => await PostgreSqlTestDatabase.CreateAsync();
}
