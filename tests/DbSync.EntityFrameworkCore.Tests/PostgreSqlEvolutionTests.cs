using DbSync.Testing.Databases;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>The evolution on PostgreSQL, EF Core 10 (Npgsql's provider): longer columns are a real change here.</summary>
public sealed class PostgreSqlEvolutionTests : EvolutionTests
{
    protected override string App => EfApps.PostgreSql;

    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgreSqlTestDatabase.CreateAsync();

    protected override IReadOnlyList<string>[] ExpectedChanges =>
    [
        ["add table Customers"],
        ["add table Products"],
        ["add column Customers.Email character varying(200)"],
        [],
        ["add unique index IX_Customers_Email on Customers (Email)"],
        ["alter column Products.Title: type character varying(200) -> character varying(300)"],
        ["add column Products.SupplierId integer", "add foreign key Products (SupplierId) -> Customers (Id) ON DELETE SET NULL", "add index IX_Products_SupplierId on Products (SupplierId)"],
    ];
}
