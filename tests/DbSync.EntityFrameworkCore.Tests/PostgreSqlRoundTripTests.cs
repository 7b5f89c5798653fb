using DbSync.Schema.Model;
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

    [Fact]
    public async Task The_stored_computed_column_comments_and_sequence_are_in_the_model()
    {
        await using TestDatabase database = await CreateDatabaseAsync();
        using var repository = new EfRepository();

        DatabaseSchema model = await repository.Service(database, EfApps.Model(App, "FeaturesContext")).LoadModelAsync(TestContext.Current.CancellationToken);

        TableSchema blogs = model.FindTable("Blogs")!;
        Assert.Equal(new GeneratedColumn("length((\"Title\")::text)", IsStored: true), blogs.FindColumn("TitleLength")!.Generated);
        Assert.Equal("The blogs of the site", blogs.Options.Comment);
        Assert.Equal("Shown in lists, it's short", blogs.FindColumn("Title")!.Comment);
        Assert.Equal([new SequenceSchema("InvoiceNumbers", "bigint", Start: 1000, Increment: 5)], model.Sequences);
        Assert.Empty(model.Unmodelled);
        Assert.DoesNotContain(repository.Observer.Lines, l => l.StartsWith("warning:", StringComparison.Ordinal));
    }
}
