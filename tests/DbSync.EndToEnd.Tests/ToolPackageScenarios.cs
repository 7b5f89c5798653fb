using System.Runtime.InteropServices;
using DbSync.Testing;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// The tool package as `dotnet tool install` delivers it: the Native AOT executable on Linux x64, and the
/// framework-dependent build (package dotnet-dbsync.any) that every other platform gets, which works the same.
/// </summary>
public sealed class ToolPackageScenarios
{
    [Fact]
    public async Task On_linux_x64_the_installed_tool_is_a_native_executable()
    {
        Assert.SkipUnless(RuntimeInformation.RuntimeIdentifier == "linux-x64", "the native package is built for linux-x64 only");
        var tool = await PackedTool.GetAsync();
        string executable = new FileInfo(tool.Executable).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? tool.Executable;

        byte[] magic = new byte[4];
        await using (var file = File.OpenRead(executable))
        {
            await file.ReadExactlyAsync(magic, TestContext.Current.CancellationToken);
        }

        Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, magic);
        Assert.False(File.Exists(Path.ChangeExtension(executable, ".dll")), "a managed dotnet-dbsync.dll sits beside the executable: not the native build");
        Assert.Contains("/dotnet-dbsync.linux-x64/", executable.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_framework_dependent_package_installs_and_runs_the_same_commands()
    {
        var tool = await PackedTool.GetAsync();
        using var directory = new TempDirectory("dbsync-any");
        var install = await ProcessRunner.RunAsync("dotnet",
            ["tool", "install", "dotnet-dbsync.any", "--tool-path", directory.Combine("tools"), "--add-source", tool.Feed, "--version", tool.Version],
            directory.Path, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = directory.Combine("nuget") }, TimeSpan.FromMinutes(5));
        Assert.True(install.ExitCode == 0, install.ToString());
        directory.Write("migrations/migrate.cfg", "[db_settings]\nrepository_id=fallback\n");
        directory.Write("migrations/versions/001_a_default_upgrade.sql", "CREATE TABLE a (id INTEGER);\n");

        var upgrade = await ProcessRunner.RunAsync(directory.Combine("tools", "dotnet-dbsync"), ["upgrade"], directory.Path);
        var version = await ProcessRunner.RunAsync(directory.Combine("tools", "dotnet-dbsync"), ["version"], directory.Path);

        Assert.True(upgrade.ExitCode == 0, upgrade.ToString());
        Assert.Equal("1", version.Stdout.Trim().Split('\n')[^1]);
        Assert.True(File.Exists(directory.Combine("fallback.sqlite")));
    }
}
