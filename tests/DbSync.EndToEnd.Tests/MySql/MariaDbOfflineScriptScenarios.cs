using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>The offline script scenarios on fresh databases of the private MariaDB server, run by the mariadb client.</summary>
public sealed class MariaDbOfflineScriptScenarios : OfflineScriptScenarios
{
    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory, string name) => await MariaDbTestDatabase.CreateAsync();

    /// <summary>Port 1 on the loopback: refused at once.</summary>
    protected override string UnreachableUrl(TempDirectory directory) => "mysql+pymysql://nobody:secret@127.0.0.1:1/nowhere";
}
