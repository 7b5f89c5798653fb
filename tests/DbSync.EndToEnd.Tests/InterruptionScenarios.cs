using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// An operator's Ctrl-C (SIGINT) or a container stop (SIGTERM) in the middle of a version: the statement running
/// finishes, the database keeps or undoes what it may, the run says where the database is (DBS112), and the rerun
/// completes with every version's work there once.
/// </summary>
public abstract class InterruptionScenarios
{
    private const string RepositoryId = "interrupted";

    protected abstract Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory);

    /// <summary>A statement that takes a second or so: long enough for the signal to land while it runs.</summary>
    protected abstract string SlowStatement { get; }

    /// <summary>The end of the interruption message: the version rolled back, or the statement the rerun resumes at.</summary>
    protected abstract string ExpectedOutcome { get; }

    [Theory]
    [InlineData(ToolProcess.SigInt)]
    [InlineData(ToolProcess.SigTerm)]
    public async Task A_signal_mid_version_stops_after_the_running_statement_and_says_where_the_database_is(int signal)
    {
        using var directory = new TempDirectory("dbsync-interrupt");
        await using var database = await CreateDatabaseAsync(directory);
        var tool = await PackedTool.GetAsync();
        directory.Write("migrations/migrate.cfg", "[db_settings]\nrepository_id=" + RepositoryId + "\n");
        directory.Write("migrations/versions/001_log_default_upgrade.sql", "CREATE TABLE applied (marker VARCHAR(20) NOT NULL PRIMARY KEY);\n");
        directory.Write("migrations/versions/002_slow_default_upgrade.sql",
            "INSERT INTO applied (marker) VALUES ('2-start');\nCREATE TABLE slow (id INTEGER);\n" + SlowStatement + ";\nCREATE TABLE after_slow (id INTEGER);\n"
            + "INSERT INTO applied (marker) VALUES ('2-end');\n");
        string config = directory.Write("app.conf", "[database]\nconnection = " + database.Url + "\n");
        string[] args = ["--config-file", config, "--repository", directory.Combine("migrations"), "upgrade"];

        ProcessResult stopped;
        using (var run = tool.StartExecutable(directory.Path, args))
        {
            Assert.True(await run.WaitForOutputAsync("Running upgrade 1 -> 2", TimeSpan.FromSeconds(60)), run.Stdout + run.Stderr);
            await Task.Delay(300, TestContext.Current.CancellationToken);
            run.Signal(signal);
            stopped = await run.WaitAsync(TimeSpan.FromSeconds(60));
        }

        Assert.Equal(1, stopped.ExitCode);
        Assert.Contains("stopping after the current statement (" + (signal == ToolProcess.SigInt ? "Ctrl-C" : "SIGTERM") + " again stops at once)", stopped.Stderr);
        Assert.Contains("error DBS112: interrupted: " + ExpectedOutcome, stopped.Stderr);
        Assert.Equal(1L, await database.GetVersionAsync(RepositoryId));

        var rerun = await tool.RunAsync(directory.Path, args);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(2L, await database.GetVersionAsync(RepositoryId));
        Assert.Equal(["2-end", "2-start"], (await database.ColumnAsync("SELECT marker FROM applied ORDER BY marker")).ToArray());
        Assert.Contains("after_slow", await database.GetTablesAsync());
    }
}
