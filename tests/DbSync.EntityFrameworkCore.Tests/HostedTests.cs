using DbSync.Schema.Model;
using DbSync.Testing.Databases;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>Contexts created as EF Core's tools create them: here by the application's own host (minimal hosting), on EF Core 8.</summary>
public sealed class HostedTests
{
    [Fact]
    public async Task A_context_only_the_host_can_create_is_read_without_running_the_application()
    {
        await using var database = SqliteTestDatabase.CreateTemporary();
        using var repository = new EfRepository();

        DatabaseSchema model = await repository.Service(database, EfApps.Model(EfApps.Hosted, null)).LoadModelAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["Notes"], model.Tables.Select(t => t.Name));
        Assert.Equal(["Id", "Text"], model.Tables[0].Columns.Select(c => c.Name));
        Assert.Contains(repository.Observer.Lines, l => l.StartsWith("debug: read Hosted.HostedContext (EF Core 8.0.", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(EfApps.Project(EfApps.Hosted))!, "hosted.db")), "the host must never start");
    }
}
