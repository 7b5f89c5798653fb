using DbSync.Conformance;
using DbSync.Testing.Databases;

namespace DbSync.Sqlite.Tests.Conformance;

/// <summary>Destructive-change warnings and --rename on SQLite files.</summary>
public sealed class SqliteDestructiveChangeConformanceTests : DestructiveChangeConformanceTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(SqliteTestDatabase.CreateTemporary());
}
