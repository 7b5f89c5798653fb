using System.Text.RegularExpressions;
using DbSync.Testing;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// A version running longer than two seconds shows its elapsed time on a terminal, rewritten in place each second;
/// redirected output (a pipeline, a log file) gets the plain line and its final time only.
/// </summary>
public sealed class ProgressScenarios
{
    // About 30 million steps of SQLite's VM: several seconds on any machine this runs on.
    private const string SlowVersion =
        "CREATE TABLE big AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 30000000) SELECT count(*) AS n FROM c;\n";

    [Fact]
    public async Task A_version_longer_than_two_seconds_shows_its_elapsed_time_on_a_terminal_only()
    {
        using var directory = new TempDirectory("dbsync-progress");
        var tool = await PackedTool.GetAsync();
        directory.Write("migrations/migrate.cfg", "[db_settings]\nrepository_id=progress\n");
        directory.Write("migrations/versions/001_slow_default_upgrade.sql", SlowVersion);

        // script(1) runs the tool on a pseudo-terminal, as an operator's shell does.
        var onTerminal = await ProcessRunner.RunAsync("script", ["-qefc", "'" + tool.Executable + "' --repository migrations upgrade", "/dev/null"],
            directory.Path, timeout: TimeSpan.FromMinutes(3));

        Assert.True(onTerminal.ExitCode == 0, onTerminal.ToString());
        Assert.Matches(new Regex(@"Running upgrade 0 -> 1 \(001_slow\) \.\.\. 2 s\r"), onTerminal.Stdout);
        Assert.Matches(new Regex(@"\rRunning upgrade 0 -> 1 \(001_slow\) \.\.\. \d+(\.\d)? ms\r?\n"), onTerminal.Stdout);

        File.Delete(directory.Combine("progress.sqlite"));
        var redirected = await tool.RunAsync(directory.Path, ["--repository", "migrations", "upgrade"]);

        Assert.True(redirected.ExitCode == 0, redirected.ToString());
        Assert.DoesNotContain("\r", redirected.Stdout, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^Running upgrade 0 -> 1 \(001_slow\) \.\.\. \d+(\.\d)? ms$", RegexOptions.Multiline), redirected.Stdout);
    }
}
