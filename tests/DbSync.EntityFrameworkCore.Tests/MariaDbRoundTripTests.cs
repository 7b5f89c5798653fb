using DbSync.Testing.Databases;
using DbSync.Testing.MariaDb;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>On MariaDB with EF Core 9 (Pomelo 9.0.0); the catalog is SHOW CREATE TABLE.</summary>
public sealed class MariaDbRoundTripTests : RoundTripTests
{
    protected override string App => EfApps.MariaDb;

    protected override string EfCoreVersion => "9.";

    protected override string UniqueIndexSql => "    UNIQUE INDEX `IX_Posts_BlogId_Title` (`BlogId`, `Title`),\n";

    protected override async Task<TestDatabase> CreateDatabaseAsync() => await MariaDbTestDatabase.CreateAsync(serverCharset: MariaDbServerCharset.Utf8Mb4);

    protected override string ConnectionString(TestDatabase database) => MariaDbConnection((MariaDbTestDatabase)database);

    protected override Task<string> CatalogAsync(TestDatabase database) => MariaDbCatalog.DumpAsync((MariaDbTestDatabase)database);

    internal static string MariaDbConnection(MariaDbTestDatabase database) =>
        "Server=127.0.0.1;Port=" + database.Server.Port + ";User ID=" + MariaDbServer.User + ";Password=" + MariaDbServer.Password + ";Database=" + database.DatabaseName;
}
