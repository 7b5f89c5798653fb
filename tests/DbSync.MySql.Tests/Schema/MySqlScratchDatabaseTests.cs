using DbSync.Configuration;
using DbSync.Testing.Databases;

namespace DbSync.MySql.Tests.Schema;

/// <summary>Scratch databases (the model, `check`) never pile up: a killed run's is dropped by the next run, a live run's is left alone.</summary>
public sealed class MySqlScratchDatabaseTests
{
    [Fact]
    public async Task The_next_scratch_drops_the_scratch_databases_of_dead_runs_and_keeps_a_live_ones()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        const string Orphan = "dbsync_scratch_00000000deadbeef";
        const string Live = "dbsync_scratch_00000000a11ce000";
        await database.Server.ExecuteAdminAsync("CREATE DATABASE " + Orphan + "; CREATE DATABASE " + Live);
        await using var liveRun = await database.Server.OpenAsync("mysql");
        await using (var take = liveRun.CreateCommand())
        {
            take.CommandText = "SELECT GET_LOCK('dbsync_scratch:" + Live + "', 0)";
            await take.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        }

        var url = DatabaseUrlParser.Parse(database.Url, "test");
        string created;
        await using (var scratch = await MySqlDialect.Instance.Schema.CreateScratchAsync(url, TestContext.Current.CancellationToken))
        {
            created = scratch.Session.Connection.Database;
            Assert.Contains(created, await SchemasAsync(database));
        }

        var left = await SchemasAsync(database);
        Assert.DoesNotContain(Orphan, left);
        Assert.Contains(Live, left);
        Assert.DoesNotContain(created, left);
        await database.Server.ExecuteAdminAsync("DROP DATABASE " + Live);
    }

    private static async Task<IReadOnlyList<string>> SchemasAsync(MariaDbTestDatabase database) =>
        await database.ColumnAsync("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'dbsync\\_scratch\\_%'");
}
