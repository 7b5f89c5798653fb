using DbSync.Schema;
using DbSync.Testing.Databases;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>`check` with an EF Core model: an entity changed without a revision is a difference naming its table and column.</summary>
public sealed class CheckTests
{
    [Fact]
    public async Task An_entity_changed_without_a_revision_fails_check_naming_table_and_column()
    {
        await using var database = SqliteTestDatabase.CreateTemporary();
        using var repository = new EfRepository();
        await repository.ReviseAndUpgradeAsync(database, EfApps.Model(EfApps.Sqlite, "Step2Context"), "customers and products");

        SchemaCheckResult unchanged = await repository.Service(database, EfApps.Model(EfApps.Sqlite, "Step2Context")).CheckAsync(TestContext.Current.CancellationToken);
        SchemaCheckResult changed = await repository.Service(database, EfApps.Model(EfApps.Sqlite, "Step3Context")).CheckAsync(TestContext.Current.CancellationToken);

        Assert.True(unchanged.Matches);
        Assert.False(changed.Matches);
        Assert.Equal(["add column Customers.Email TEXT"], changed.Differences);
    }
}
