using DbSync.Testing.Databases;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>The evolution on MariaDB, EF Core 9 (Pomelo): longer columns are a real change here.</summary>
public sealed class MariaDbEvolutionTests : EvolutionTests
{
    protected override string App => EfApps.MariaDb;

    protected override async Task<TestDatabase> CreateDatabaseAsync() =>
        await MariaDbTestDatabase.CreateAsync(serverCharset: Testing.MariaDb.MariaDbServerCharset.Utf8Mb4);

    protected override IReadOnlyList<string>[] ExpectedChanges =>
    [
        ["add table Customers"],
        ["add table Products"],
        ["add column Customers.Email varchar(200)"],
        [],
        ["add unique index IX_Customers_Email on Customers (Email)"],
        ["alter column Products.Title: type varchar(200) -> varchar(300)"],
        ["add column Products.SupplierId int(11)", "add foreign key Products (SupplierId) -> Customers (Id) ON DELETE SET NULL ON UPDATE RESTRICT", "add index IX_Products_SupplierId on Products (SupplierId)"],
    ];
}
