using DbSync.Conformance;
using DbSync.Testing.Databases;

namespace DbSync.Sqlite.Tests.Conformance;

/// <summary>The dialect conformance suite on SQLite files.</summary>
public sealed class SqliteMigratorConformanceTests : MigratorConformanceTests
{
    protected override bool HasTransactionalDdl => true;

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(SqliteTestDatabase.CreateTemporary());
}
