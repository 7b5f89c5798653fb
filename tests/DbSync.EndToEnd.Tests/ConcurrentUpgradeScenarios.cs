using System.Globalization;
using System.Text;
using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// Eight `dotnet dbsync upgrade` processes started at once on one database: all succeed and every version is applied
/// exactly once. Each version inserts its number into a table with a primary key, so a version applied twice fails
/// that run, and one skipped leaves a gap.
/// </summary>
public abstract class ConcurrentUpgradeScenarios
{
    private const int Versions = 30;

    private const int Runs = 8;
    private const string RepositoryId = "concurrent";

    protected abstract Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory);

    [Fact]
    public async Task Eight_upgrades_at_once_all_succeed_and_apply_every_version_exactly_once()
    {
        using var directory = new TempDirectory("dbsync-concurrent");
        await using var database = await CreateDatabaseAsync(directory);
        var tool = await PackedTool.GetAsync();
        directory.Write("migrations/migrate.cfg", "[db_settings]\nrepository_id=" + RepositoryId + "\nversion_table=migrate_version\nrequired_dbs=[]\n");
        directory.Write("migrations/versions/001_applied_default_upgrade.sql",
            "CREATE TABLE applied (version INTEGER NOT NULL PRIMARY KEY);\nINSERT INTO applied (version) VALUES (1);\n");
        for (int v = 2; v <= Versions; v++)
        {
            string n = v.ToString(CultureInfo.InvariantCulture);
            directory.Write("migrations/versions/" + v.ToString("000", CultureInfo.InvariantCulture) + "_step_default_upgrade.sql", new StringBuilder()
                .Append("CREATE TABLE t").Append(n).Append(" (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(20));\n")
                .Append("CREATE INDEX ix_t").Append(n).Append(" ON t").Append(n).Append(" (name);\n")
                .Append("INSERT INTO applied (version) VALUES (").Append(n).Append(");\n")
                .ToString());
        }

        directory.Write("app.conf", "[database]\nconnection = " + database.Url + "\n");
        string[] args = ["--config-file", directory.Combine("app.conf"), "--repository", directory.Combine("migrations"), "upgrade"];

        var runs = await Task.WhenAll(Enumerable.Range(0, Runs).Select(_ => tool.RunAsync(directory.Path, args)));

        foreach (var run in runs)
        {
            Assert.True(run.ExitCode == 0, run.ToString());
            if (database.Password is { } password)
            {
                Assert.DoesNotContain(password, run.Output, StringComparison.Ordinal);
            }
        }

        Assert.Equal(Versions, runs.Sum(run => run.Stdout.Split('\n').Count(line => line.StartsWith("Running upgrade", StringComparison.Ordinal))));
        Assert.Equal(Versions, await database.GetVersionAsync(RepositoryId));
        Assert.Equal(Versions, await database.CountAsync("applied"));
        Assert.Equal((long)Versions * (Versions + 1) / 2, Convert.ToInt64(await database.ScalarAsync("SELECT SUM(version) FROM applied"), CultureInfo.InvariantCulture));
    }
}
