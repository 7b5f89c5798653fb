using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests.PostgreSql;

/// <summary>The offline script scenarios on fresh databases of the private PostgreSQL server, run by psql.</summary>
public sealed class PostgreSqlOfflineScriptScenarios : OfflineScriptScenarios
{
    protected override async Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory, string name) => await PostgreSqlTestDatabase.CreateAsync();

    /// <summary>Port 1 on the loopback: refused at once.</summary>
    protected override string UnreachableUrl(TempDirectory directory) => "postgresql://nobody:secret@127.0.0.1:1/nowhere";
}
