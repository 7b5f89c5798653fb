using DbSync.Testing;

namespace DbSync.EndToEnd.Tests;

/// <summary>Runs of `dotnet dbsync` in a workspace, and what scenarios check in what a run printed and returned.</summary>
public static class ToolOutput
{
    public static void AssertSuccess(ProcessResult result) => Assert.True(result.ExitCode == 0, result.ToString());

    /// <summary>Stdout or stderr as lines, without the trailing newline.</summary>
    public static string[] Lines(string text) => text.TrimEnd().Split('\n');

    /// <summary>Runs `dotnet dbsync --config-file app.conf args` in the workspace and checks what must hold for every run (<see cref="AssertSafe"/>).</summary>
    public static async Task<ProcessResult> RunCheckedAsync(this Workspace workspace, params string[] args)
    {
        var result = await workspace.RunAsync(args);
        AssertSafe(result, workspace.Database.Password, args);
        return result;
    }

    /// <summary>What must hold for every run: the database password never shows (nor as the URL spells it), and no stack trace unless --debug asked for one.</summary>
    private static void AssertSafe(ProcessResult result, string? password, IEnumerable<string> args)
    {
        if (password != null)
        {
            Assert.DoesNotContain(password, result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(password), result.Output, StringComparison.Ordinal);
        }

        if (!args.Contains("--debug"))
        {
            Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        }
    }
}
