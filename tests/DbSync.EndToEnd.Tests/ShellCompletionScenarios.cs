using DbSync.Testing;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// Shell completion through System.CommandLine's [suggest] directive, which the README's bash, zsh and PowerShell
/// snippets call: given the command line and the cursor position, the tool prints the candidates, one per line.
/// </summary>
public sealed class ShellCompletionScenarios
{
    [Theory]
    [InlineData("dotnet-dbsync up", "upgrade")]
    [InlineData("dotnet-dbsync upgrade --rev", "--revision")]
    [InlineData("dotnet-dbsync create", "create_schema")]
    [InlineData("dotnet-dbsync --config-", "--config-file")]
    public async Task The_suggest_directive_completes_commands_and_options(string line, string expected)
    {
        using var directory = new TempDirectory("dbsync-complete");
        var tool = await PackedTool.GetAsync();

        var result = await ProcessRunner.RunAsync(tool.Executable, ["[suggest:" + line.Length + "]", line], directory.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Stdout.Split('\n', StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task The_bash_snippet_of_the_readme_completes_a_command()
    {
        using var directory = new TempDirectory("dbsync-complete");
        var tool = await PackedTool.GetAsync();
        string readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        int start = readme.IndexOf("```bash\n_dotnet_dbsync_complete", StringComparison.Ordinal);
        Assert.True(start >= 0, "the README has no bash completion snippet");
        string snippet = readme[(start + "```bash\n".Length)..readme.IndexOf("```", start + 7, StringComparison.Ordinal)];
        string script = snippet + "\nCOMP_LINE='dotnet-dbsync hist'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(dotnet-dbsync hist); COMP_CWORD=1\n"
            + "_dotnet_dbsync_complete\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";

        var result = await ProcessRunner.RunAsync("bash", ["-c", script], directory.Path,
            new Dictionary<string, string?> { ["PATH"] = tool.ToolPath + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["history"], result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
