using DbSync.Testing.Databases;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>The evolution on SQLite, EF Core 10.</summary>
public sealed class SqliteEvolutionTests : EvolutionTests
{
    protected override string App => EfApps.Sqlite;

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(SqliteTestDatabase.CreateTemporary());

    protected override IReadOnlyList<string>[] ExpectedChanges =>
    [
        ["add table Customers"],
        ["add table Products"],
        ["add column Customers.Email TEXT"],
        [],
        ["add unique index IX_Customers_Email on Customers (Email)"],
        // SQLite stores every string as TEXT: EF Core writes no length, so there is nothing to change.
        [],
        ["add column Products.SupplierId INTEGER", "add foreign key Products (SupplierId) -> Customers (Id) ON DELETE SET NULL", "add index IX_Products_SupplierId on Products (SupplierId)"],
    ];
}
