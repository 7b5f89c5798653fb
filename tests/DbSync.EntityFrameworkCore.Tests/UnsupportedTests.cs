using DbSync.Core.Errors;
using DbSync.Schema.Model;
using DbSync.Testing.Databases;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>What EF Core creates and DbSync's model of the database cannot express is named, never lost silently; what it can is read.</summary>
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
                "warning: " + spec + ": table Invoices has a comment ('Issued invoices'): DbSync does not read comments on this database, so it is neither compared nor created",
                "warning: " + spec + ": column Invoices.Total has a comment ('Including tax'): DbSync does not read comments on this database, so it is neither compared nor created",
            ],
            repository.Observer.Lines.Where(l => l.StartsWith("warning:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_computed_column_is_read_as_a_generated_column()
    {
        await using var database = SqliteTestDatabase.CreateTemporary();
        using var repository = new EfRepository();

        DatabaseSchema model = await repository.Service(database, EfApps.Model(EfApps.Sqlite, "ComputedContext")).LoadModelAsync(TestContext.Current.CancellationToken);

        GeneratedColumn? total = model.FindTable("Lines")!.FindColumn("Total")!.Generated;
        Assert.NotNull(total);
        Assert.True(total.IsStored);
        Assert.Equal("quantity * price", total.Expression.ToLowerInvariant().Replace("\"", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain(repository.Observer.Lines, l => l.StartsWith("warning:", StringComparison.Ordinal));
    }
}
