using DbSync.Conformance;
using DbSync.Testing.Databases;

namespace DbSync.Sqlite.Tests.Conformance;

/// <summary>The autogenerate round trip on SQLite files.</summary>
public sealed class SqliteAutogenerateConformanceTests : AutogenerateConformanceTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(SqliteTestDatabase.CreateTemporary());
}
