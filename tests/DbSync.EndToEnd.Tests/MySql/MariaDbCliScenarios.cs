using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>
/// The CLI scenarios on a fresh database of the private MariaDB server, through a URL whose password needs
/// percent-encoding (the base class checks it never shows). Skipped outside CI where no mariadbd exists.
/// </summary>
public sealed class MariaDbCliScenarios : CliScenarios
{
    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) => await MariaDbTestDatabase.CreateAsync();
}
