using DbSync.Core.Errors;
using DbSync.Schema.Model;
using DbSync.Testing.Databases;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>What EF Core creates and DbSync's schema model cannot express is named, never lost silently.</summary>
public sealed class UnsupportedTests
{
    [Fact]
    public async Task Comments_are_a_warning_naming_the_table_and_the_column()
    {
        await using var database = SqliteTestDatabase.CreateTemporary();
        using var repository = new EfRepository();

        DatabaseSchema model = await repository.Service(database, EfApps.Model(EfApps.Sqlite, "CommentedContext")).LoadModelAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["Invoices"], model.Tables.Select(t => t.Name));
        string spec = EfApps.Spec(EfApps.Sqlite, "CommentedContext");
        Assert.Equal(
            [
                "warning: " + spec + ": table Invoices has a comment ('Issued invoices'): DbSync's schema model does not carry comments, so it is neither compared nor created",
                "warning: " + spec + ": column Invoices.Total has a comment ('Including tax'): DbSync's schema model does not carry comments, so it is neither compared nor created",
            ],
            repository.Observer.Lines.Where(l => l.StartsWith("warning:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_computed_column_stops_the_load_naming_it()
    {
        await using var database = SqliteTestDatabase.CreateTemporary();
        using var repository = new EfRepository();

        var error = await Assert.ThrowsAsync<DbSyncException>(() =>
            repository.Service(database, EfApps.Model(EfApps.Sqlite, "ComputedContext")).LoadModelAsync(TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCodes.NotSupported, error.Code);
        Assert.Equal("table Lines: column Total is a generated column, which DbSync's schema comparison does not support yet", error.Message);
    }
}
