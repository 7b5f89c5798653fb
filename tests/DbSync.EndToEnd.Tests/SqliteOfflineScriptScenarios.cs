using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>The offline script scenarios on SQLite files, run by the sqlite3 client.</summary>
public sealed class SqliteOfflineScriptScenarios : OfflineScriptScenarios
{
    protected override Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory, string name) =>
        Task.FromResult<TestDatabase>(new SqliteTestDatabase(directory.Path, name));

    /// <summary>A file in a folder that does not exist: opening it for writing fails, and a look would find nothing.</summary>
    protected override string UnreachableUrl(TempDirectory directory) => "sqlite:///" + directory.Combine("missing", "nowhere.sqlite");
}
