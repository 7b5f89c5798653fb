using System.Globalization;
using System.Text;
using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.MariaDb;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>The MariaDB server crashes in the middle of an upgrade and comes back: one clear line, then the rerun completes.</summary>
public sealed class MariaDbServerRestartScenarios
{
    private const int Versions = 20;
    private const string RepositoryId = "restarted";

    [Fact]
    public async Task A_server_crash_mid_upgrade_ends_the_run_naming_the_version_and_the_rerun_after_restart_completes()
    {
        var server = await MariaDbServer.StartDedicatedAsync();
        await using var database = await MariaDbTestDatabase.CreateOnAsync(server);
        using var directory = new TempDirectory("dbsync-restart");
        var tool = await PackedTool.GetAsync();
        directory.Write("migrations/migrate.cfg", "[db_settings]\nrepository_id=" + RepositoryId + "\n");
        for (int v = 1; v <= Versions; v++)
        {
            string n = v.ToString(CultureInfo.InvariantCulture);
            directory.Write("migrations/versions/" + v.ToString("000", CultureInfo.InvariantCulture) + "_v" + n + "_default_upgrade.sql", new StringBuilder()
                .Append(v == 1 ? "CREATE TABLE applied (marker VARCHAR(20) NOT NULL PRIMARY KEY);\n" : string.Empty)
                .Append("INSERT INTO applied VALUES ('").Append(n).Append("-start');\n")
                .Append("CREATE TABLE t").Append(n).Append(" (id INT NOT NULL PRIMARY KEY);\n")
                .Append("INSERT INTO t").Append(n).Append(" SELECT seq FROM seq_1_to_200000;\n")
                .Append("INSERT INTO applied VALUES ('").Append(n).Append("-end');\n").ToString());
        }

        string config = directory.Write("app.conf", "[database]\nconnection = " + database.Url + "?connect_timeout=5\n");
        string[] args = ["--config-file", config, "--repository", directory.Combine("migrations"), "upgrade"];

        ProcessResult crashed;
        using (var run = tool.StartExecutable(directory.Path, args))
        {
            Assert.True(await run.WaitForOutputAsync("Running upgrade 3 -> 4", TimeSpan.FromSeconds(120)), run.Stdout + run.Stderr);
            server.Crash();
            crashed = await run.WaitAsync(TimeSpan.FromSeconds(120));
        }

        Assert.Equal(1, crashed.ExitCode);
        string error = Assert.Single(crashed.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains("error DBS", StringComparison.Ordinal));
        Assert.Matches("error DBS1[01][0-9]: ", error);
        Assert.Contains("version", crashed.Stderr);
        Assert.DoesNotContain("   at ", crashed.Stderr);
        Assert.DoesNotContain(MariaDbServer.Password, crashed.Output);

        await server.RestartAsync();
        var rerun = await tool.RunAsync(directory.Path, args);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(Versions, await database.GetVersionAsync(RepositoryId));
        Assert.Equal(2L * Versions, await database.CountAsync("applied"));
    }
}
