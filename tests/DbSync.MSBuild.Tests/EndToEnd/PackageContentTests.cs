using System.IO.Compression;

namespace DbSync.MSBuild.Tests.EndToEnd;

/// <summary>The package a project references: the task and the validator it shares with the tool, and nothing that talks to a database.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageContentTests(PackedPackageFixture package)
{
    [Fact]
    public void The_package_holds_the_task_and_the_validator_and_no_database_driver_or_dependency()
    {
        using var archive = ZipFile.OpenRead(Path.Combine(package.FeedPath, "DbSync.MSBuild." + package.Version + ".nupkg"));
        var assemblies = archive.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Select(e => e.FullName).Order().ToList();
        using var nuspec = new StreamReader(archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        string manifest = nuspec.ReadToEnd();

        Assert.Equal(["tasks/netstandard2.0/DbSync.Core.dll", "tasks/netstandard2.0/DbSync.MSBuild.dll"], assemblies);
        Assert.DoesNotContain("<dependency ", manifest, StringComparison.Ordinal);
        Assert.Contains("build/DbSync.MSBuild.targets", archive.Entries.Select(e => e.FullName));
    }
}
