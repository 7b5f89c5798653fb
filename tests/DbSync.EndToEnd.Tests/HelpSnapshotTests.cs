using DbSync.Testing;
using Snapshooter;
using Snapshooter.Xunit3;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// `dotnet dbsync --help` and every command's --help as the installed tool prints them, one line per array entry in
/// __snapshots__/: a change to any option, description, example, exit code or environment variable shows as a diff for
/// a reviewer (and, with SNAPSHOOTER_STRICT_MODE=on in CI, a missing snapshot fails).
/// </summary>
public sealed class HelpSnapshotTests
{
    public static readonly TheoryData<string> Commands =
    [
        "upgrade", "downgrade", "stamp", "status", "version", "history", "revision", "init", "validate", "verify", "hash", "create_schema", "check", "baseline",
    ];

    [Fact]
    public async Task The_root_help_is_the_snapshot()
    {
        var tool = await PackedTool.GetAsync();
        using var directory = new TempDirectory("dbsync-help");

        var help = await tool.RunAsync(directory.Path, ["--help"]);

        AssertSuccess(help);
        Snapshot.Match(Lines(help.Stdout));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Each_command_s_help_is_its_snapshot(string command)
    {
        var tool = await PackedTool.GetAsync();
        using var directory = new TempDirectory("dbsync-help");

        var help = await tool.RunAsync(directory.Path, [command, "--help"]);

        AssertSuccess(help);
        string[] lines = Lines(help.Stdout);
        Assert.Contains("Examples:", lines);
        Assert.Contains("Exit codes:", lines);
        Assert.Contains("Environment variables:", lines);
        Snapshot.Match(lines, SnapshotNameExtension.Create(command));
    }

    [Fact]
    public async Task Downgrade_does_not_offer_head()
    {
        var tool = await PackedTool.GetAsync();
        using var directory = new TempDirectory("dbsync-help");

        var help = await tool.RunAsync(directory.Path, ["downgrade", "--help"]);

        string revision = Assert.Single(Lines(help.Stdout), l => l.TrimStart().StartsWith("--revision", StringComparison.Ordinal));
        Assert.DoesNotContain("head", revision);
        Assert.Contains("-N", revision);
    }
}
