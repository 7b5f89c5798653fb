using DbSync.Testing.Databases;
using DbSync.Testing.PostgreSql;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>On PostgreSQL with EF Core 10 (Npgsql's provider); the catalog is pg_dump --schema-only.</summary>
public sealed class PostgreSqlRoundTripTests : RoundTripTests
{
    protected override string App => EfApps.PostgreSql;

    protected override string EfCoreVersion => "10.";

    protected override string UniqueIndexSql => "CREATE UNIQUE INDEX \"IX_Posts_BlogId_Title\" ON \"Posts\" (\"BlogId\", \"Title\");\n";

    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgreSqlTestDatabase.CreateAsync();

    protected override string ConnectionString(TestDatabase database)
    {
        var postgres = (PostgreSqlTestDatabase)database;
        return postgres.Server.ConnectionString(postgres.DatabaseName);
    }

    protected override Task<string> CatalogAsync(TestDatabase database) => PostgreSqlCatalog.DumpAsync((PostgreSqlTestDatabase)database);
}
