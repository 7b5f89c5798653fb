using System.Globalization;
using System.Text;
using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// `dotnet dbsync upgrade` killed with SIGKILL at random moments, twenty times, then run to the end: every version's
/// work is there exactly once. Each version starts and ends with a row change and has DDL and a data load between, so
/// kills land before, between and inside statements of every kind. A marker row per start and end of a version, under a
/// primary key, makes a version applied twice fail and one skipped visible.
/// </summary>
public abstract class KillScenarios
{
    private const int Versions = 60;
    private const int Kills = 20;
    private const string RepositoryId = "killed";

    protected abstract Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory);

    /// <summary>A statement that loads <paramref name="rows"/> rows into table <paramref name="table"/>(id, n), taking some time.</summary>
    protected abstract string Fill(string table, int rows);

    /// <summary>Whether a version stopped half-way is resumed (MySQL) rather than rolled back (SQLite).</summary>
    protected abstract bool Resumes { get; }

    private static int Rows => 20_000;

    [Fact]
    public async Task Twenty_kills_at_random_moments_lose_nothing_and_apply_every_version_once()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("DBSYNC_KILL_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s)
            ? s : Environment.TickCount;
        var random = new Random(seed);
        string because = " (seed " + seed + "; replay with DBSYNC_KILL_SEED=" + seed + ")";
        using var directory = new TempDirectory("dbsync-kills");
        await using var database = await CreateDatabaseAsync(directory);
        var tool = await PackedTool.GetAsync();
        WriteRepository(directory);
        string config = directory.Write("app.conf", "[database]\nconnection = " + database.Url + "\n");
        string[] args = ["--config-file", config, "--repository", directory.Combine("migrations"), "upgrade"];
        int resumed = 0;

        for (int kill = 0; kill < Kills; kill++)
        {
            using var run = tool.StartExecutable(directory.Path, args);
            bool started = await run.WaitForOutputAsync("Running upgrade", TimeSpan.FromSeconds(60));
            await Task.Delay(random.Next(0, 250), TestContext.Current.CancellationToken);
            run.Signal(ToolProcess.SigKill);
            var result = await run.WaitAsync(TimeSpan.FromSeconds(60));
            resumed += result.Stderr.Contains("warning: resuming version", StringComparison.Ordinal) ? 1 : 0;
            Assert.True(started || result.ExitCode == 0, "run " + kill + " failed before it could be killed" + because + ":\n" + result);
            await AssertConsistentAsync(database, because + " after kill " + kill);
        }

        var last = await tool.RunAsync(directory.Path, args);
        resumed += last.Stderr.Contains("warning: resuming version", StringComparison.Ordinal) ? 1 : 0;

        Assert.True(last.ExitCode == 0, last + because);
        Assert.Equal(Versions, await database.GetVersionAsync(RepositoryId));
        await AssertConsistentAsync(database, because);
        Assert.Equal(2L * Versions, await database.CountAsync("applied"));
        if (Resumes)
        {
            // Kills land mid-version most of the time: the reruns said where they resumed.
            Assert.True(resumed > 0, "no rerun resumed a half-applied version" + because);
        }
    }

    [Fact]
    public async Task A_version_that_starts_with_a_row_change_killed_after_it_leaves_exactly_one_row()
    {
        using var directory = new TempDirectory("dbsync-kill-dml");
        await using var database = await CreateDatabaseAsync(directory);
        var tool = await PackedTool.GetAsync();
        directory.Write("migrations/migrate.cfg", "[db_settings]\nrepository_id=" + RepositoryId + "\n");
        directory.Write("migrations/versions/001_log_default_upgrade.sql", "CREATE TABLE applied (marker VARCHAR(20) NOT NULL PRIMARY KEY);\n");
        directory.Write("migrations/versions/002_slow_default_upgrade.sql",
            "INSERT INTO applied (marker) VALUES ('2-start');\nCREATE TABLE big (id INTEGER NOT NULL PRIMARY KEY, n INTEGER NOT NULL);\n"
            + Fill("big", 1_000_000) + ";\nINSERT INTO applied (marker) VALUES ('2-end');\n");
        string config = directory.Write("app.conf", "[database]\nconnection = " + database.Url + "\n");
        string[] args = ["--config-file", config, "--repository", directory.Combine("migrations"), "upgrade"];

        using (var run = tool.StartExecutable(directory.Path, args))
        {
            Assert.True(await run.WaitForOutputAsync("Running upgrade 1 -> 2", TimeSpan.FromSeconds(60)), run.Stdout + run.Stderr);
            await Task.Delay(300, TestContext.Current.CancellationToken);
            run.Signal(ToolProcess.SigKill);
            await run.WaitAsync(TimeSpan.FromSeconds(60));
        }

        Assert.Equal(1L, await database.GetVersionAsync(RepositoryId));
        Assert.Equal(Resumes ? 1L : 0L, await database.CountAsync("applied"));
        var rerun = await tool.RunAsync(directory.Path, args);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(["2-end", "2-start"], (await database.ColumnAsync("SELECT marker FROM applied ORDER BY marker")).ToArray());
        Assert.Equal(1_000_000L, await database.CountAsync("big"));
    }

    private void WriteRepository(TempDirectory directory)
    {
        directory.Write("migrations/migrate.cfg", "[db_settings]\nrepository_id=" + RepositoryId + "\n");
        for (int v = 1; v <= Versions; v++)
        {
            string n = v.ToString(CultureInfo.InvariantCulture);
            var script = new StringBuilder();
            if (v == 1)
            {
                script.Append("CREATE TABLE applied (marker VARCHAR(20) NOT NULL PRIMARY KEY);\n");
            }

            script.Append("INSERT INTO applied (marker) VALUES ('").Append(n).Append("-start');\n")
                .Append("CREATE TABLE t").Append(n).Append(" (id INTEGER NOT NULL PRIMARY KEY, n INTEGER NOT NULL);\n")
                .Append("CREATE INDEX ix_t").Append(n).Append(" ON t").Append(n).Append(" (n);\n")
                .Append(Fill("t" + n, Rows)).Append(";\n")
                .Append("CREATE TABLE u").Append(n).Append(" (id INTEGER);\n")
                .Append("INSERT INTO applied (marker) VALUES ('").Append(n).Append("-end');\n");
            directory.Write("migrations/versions/" + v.ToString("000", CultureInfo.InvariantCulture) + "_v" + n + "_default_upgrade.sql", script.ToString());
        }
    }

    /// <summary>Every version up to the recorded one is there whole; none after the next one has begun.</summary>
    private static async Task AssertConsistentAsync(TestDatabase database, string because)
    {
        long version = await database.GetVersionAsync(RepositoryId) ?? 0;
        var tables = await database.GetTablesAsync();
        var markers = (await database.ColumnAsync(tables.Contains("applied") ? "SELECT marker FROM applied" : "SELECT 'none' WHERE 1 = 0")).ToHashSet();
        for (int v = 1; v <= version; v++)
        {
            string n = v.ToString(CultureInfo.InvariantCulture);
            Assert.True(markers.Contains(n + "-start") && markers.Contains(n + "-end"), "version " + n + " is recorded but its rows are not all there" + because);
            Assert.True(tables.Contains("u" + n), "version " + n + " is recorded but its last table is missing" + because);
            Assert.True(await database.CountAsync("t" + n) == Rows, "version " + n + " is recorded but its data is not whole" + because);
        }

        for (long v = version + 2; v <= Versions; v++)
        {
            Assert.False(tables.Contains("t" + v.ToString(CultureInfo.InvariantCulture)), "version " + v + " began before version " + (version + 1) + because);
        }
    }
}
