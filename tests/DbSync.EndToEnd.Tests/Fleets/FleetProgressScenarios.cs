using DbSync.Testing;
using static DbSync.EndToEnd.Tests.Fleets.FleetWorkspace;

namespace DbSync.EndToEnd.Tests.Fleets;

/// <summary>
/// A fleet whose versions take a while: Ctrl-C starts no more databases and stops the running one between statements;
/// on a terminal each running database has a live line.
/// </summary>
public sealed class FleetProgressScenarios
{
    /// <summary>About a second of SQLite work on this machine, in a version of its own.</summary>
    private const string SlowStatement =
        "INSERT INTO slow WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000000) SELECT x FROM c;\n";

    private static string[] SlowFleet(TempDirectory directory, int size)
    {
        directory.Write("slow/migrate.cfg", "[db_settings]\nrepository_id=slow\n");
        directory.Write("slow/versions/001_slow_default_upgrade.sql", "CREATE TABLE slow (id INTEGER);\n" + SlowStatement);
        directory.Write("slow/versions/002_slower_default_upgrade.sql", SlowStatement + "CREATE TABLE done (id INTEGER);\n");
        Directory.CreateDirectory(directory.Combine("tenants"));
        var urls = Enumerable.Range(1, size).Select(i => "sqlite:///tenants/s" + Number(i) + ".db").ToArray();
        directory.Write("tenants.txt", string.Join("\n", urls) + "\n");
        return urls;
    }

    [Fact]
    public async Task Ctrl_C_starts_no_more_databases_and_the_running_one_stops_between_statements()
    {
        using var workspace = await CreateAsync("dbsync-fleet-interrupt");
        var urls = SlowFleet(workspace.Directory, 6);
        string[] args = ["--repository", "slow", "upgrade", "--fleet", "tenants.txt"];

        ProcessResult stopped;
        using (var run = workspace.Tool.StartExecutable(workspace.Directory.Path, args))
        {
            // The first database is done; the second has just started its first slow statement.
            Assert.True(await run.WaitForOutputAsync("[1/6]", TimeSpan.FromSeconds(120)), run.Stdout + run.Stderr);
            await Task.Delay(200, TestContext.Current.CancellationToken);
            run.Signal(ToolProcess.SigInt);
            stopped = await run.WaitAsync(TimeSpan.FromSeconds(120));
        }

        Assert.Equal(1, stopped.ExitCode);
        Assert.Contains("stopping after the current statement", stopped.Stderr);
        Assert.EndsWith("upgraded", Row(stopped, urls[0]));
        Assert.Contains("interrupted (DBS112)", Row(stopped, urls[1]));
        Assert.All(urls.Skip(2), url => Assert.EndsWith("not started", Row(stopped, url)));
        Assert.Contains("error DBS121: 1 of 6 databases failed (" + urls[1] + "); 4 databases not started", stopped.Stderr);
        Assert.False(File.Exists(workspace.Directory.Combine("tenants", "s003.db")));

        var rerun = await workspace.Tool.RunAsync(workspace.Directory.Path, args);
        ToolOutput.AssertSuccess(rerun);
        Assert.Contains(": 5 upgraded, 1 up to date.", rerun.Stdout);
    }

    [Fact]
    public async Task On_a_terminal_each_running_database_has_a_live_line()
    {
        using var workspace = await CreateAsync("dbsync-fleet-terminal");
        SlowFleet(workspace.Directory, 3);

        // script(1) runs the tool on a pseudo-terminal, as an operator's shell would.
        var run = await ProcessRunner.RunAsync("script",
            ["-qec", workspace.Tool.Executable + " --repository slow upgrade --fleet tenants.txt --parallel 2", "/dev/null"],
            workspace.Directory.Path, timeout: TimeSpan.FromMinutes(3));

        ToolOutput.AssertSuccess(run);
        Assert.Contains("  sqlite:///tenants/s001.db  upgrade 0 -> 1 (001_slow)", run.Stdout);
        Assert.Contains("\u001b[", run.Stdout);
        Assert.Contains(": 3 upgraded.", run.Stdout);
    }
}
