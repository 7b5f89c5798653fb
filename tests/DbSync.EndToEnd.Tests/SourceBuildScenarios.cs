using DbSync.Testing;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// The tool built from a copy of the sources without .git (a source tarball, a vendored copy): the commit in --version
/// comes from .git at build time, and without it the build still succeeds, warning-free, with the plain version.
/// </summary>
public sealed class SourceBuildScenarios
{
    [Fact]
    public async Task A_copy_without_git_builds_and_its_version_is_the_plain_version()
    {
        using var copy = new TempDirectory("dbsync-source");
        foreach (string file in new[] { "Directory.Build.props", "Directory.Packages.props" })
        {
            File.Copy(RepositoryRoot.Combine(file), copy.Combine(file));
        }

        foreach (string folder in new[] { "src", "templates" })
        {
            CopySources(RepositoryRoot.Combine(folder), copy.Combine(folder));
        }

        string output = copy.Combine("out");
        var build = await ProcessRunner.RunAsync("dotnet",
            ["build", copy.Combine("src", "DbSync.Tool", "DbSync.Tool.csproj"), "-c", "Release", "-o", output, "-nodeReuse:false", "-p:UseSharedCompilation=false"],
            copy.Path, timeout: TimeSpan.FromMinutes(10));
        AssertSuccess(build);
        Assert.Contains(" 0 Warning(s)", build.Stdout);

        var version = await ProcessRunner.RunAsync(Path.Combine(output, "dotnet-dbsync"), ["--version"], copy.Path);
        AssertSuccess(version);
        Assert.Equal(VersionOfTheSources(), version.Stdout.Trim());
    }

    /// <summary>The &lt;Version&gt; of Directory.Build.props.</summary>
    private static string VersionOfTheSources()
    {
        string props = File.ReadAllText(RepositoryRoot.Combine("Directory.Build.props"));
        int start = props.IndexOf("<Version>", StringComparison.Ordinal) + "<Version>".Length;
        return props[start..props.IndexOf("</Version>", start, StringComparison.Ordinal)];
    }

    /// <summary>Every file but build output.</summary>
    private static void CopySources(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (string folder in Directory.GetDirectories(source).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopySources(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
