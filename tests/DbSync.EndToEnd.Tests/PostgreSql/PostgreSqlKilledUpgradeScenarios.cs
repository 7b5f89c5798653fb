using System.Diagnostics;
using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.PostgreSql;

namespace DbSync.EndToEnd.Tests.PostgreSql;

/// <summary>
/// The packed tool killed with SIGKILL in the middle of a version, on PostgreSQL: the server rolls the version's
/// transaction back and frees the run lock with the connection, so the rerun applies that version whole, once.
/// </summary>
public sealed class PostgreSqlKilledUpgradeScenarios
{
    [Fact]
    public async Task A_run_killed_mid_version_leaves_the_previous_version_and_the_rerun_completes()
    {
        using var directory = new TempDirectory("dbsync-killed-pg");
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        var tool = await PackedTool.GetAsync();
        directory.Write("migrations/migrate.cfg", "[db_settings]\nrepository_id=killed\nversion_table=migrate_version\nrequired_dbs=[]\n");
        directory.Write("migrations/versions/001_applied_default_upgrade.sql", "CREATE TABLE applied (version integer PRIMARY KEY);\nINSERT INTO applied VALUES (1);\n");
        directory.Write("migrations/versions/002_slow_default_upgrade.sql",
            "CREATE TABLE slow (id integer PRIMARY KEY);\nINSERT INTO applied VALUES (2);\nSELECT pg_sleep(30);\n");
        directory.Write("app.conf", "[database]\nconnection = " + database.Url + "\n");
        string[] args = ["--config-file", directory.Combine("app.conf"), "--repository", directory.Combine("migrations"), "upgrade"];

        using (Process run = tool.Start(directory.Path, args))
        {
            // Version 2 is running once its pg_sleep shows in pg_stat_activity.
            var clock = Stopwatch.StartNew();
            while ((await database.ColumnAsync("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%'"))[0] == "0")
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60) && !run.HasExited, "version 2 never started: " + (run.HasExited ? await run.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken) : "timeout"));
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(1, await database.GetVersionAsync("killed"));
        Assert.Equal(["applied", "migrate_version"], await database.GetTablesAsync());

        directory.Write("migrations/versions/002_slow_default_upgrade.sql", "CREATE TABLE slow (id integer PRIMARY KEY);\nINSERT INTO applied VALUES (2);\nSELECT pg_sleep(0);\n");
        var rerun = await tool.RunAsync(directory.Path, args);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.DoesNotContain(PostgreSqlServer.Password, rerun.Output, StringComparison.Ordinal);
        Assert.StartsWith("Running upgrade 1 -> 2 (002_slow)", rerun.Stdout);
        Assert.Equal(2, await database.GetVersionAsync("killed"));
        Assert.Equal(["1", "2"], await database.ColumnAsync("SELECT version FROM applied ORDER BY version"));
    }
}
