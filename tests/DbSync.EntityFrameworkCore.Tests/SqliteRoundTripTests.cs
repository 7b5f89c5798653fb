using DbSync.Testing.Databases;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>On SQLite with EF Core 10; the catalog is sqlite_master and SQLite's pragmas.</summary>
public sealed class SqliteRoundTripTests : RoundTripTests
{
    protected override string App => EfApps.Sqlite;

    protected override string EfCoreVersion => "10.";

    protected override string UniqueIndexSql => "CREATE UNIQUE INDEX IX_Posts_BlogId_Title ON Posts (BlogId, Title);";

    protected override bool KeepsComments => false;

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(SqliteTestDatabase.CreateTemporary());

    protected override string ConnectionString(TestDatabase database) => "Data Source=" + ((SqliteTestDatabase)database).FilePath;

    protected override Task<string> CatalogAsync(TestDatabase database) => SqliteCatalog.DumpAsync((SqliteTestDatabase)database);
}
