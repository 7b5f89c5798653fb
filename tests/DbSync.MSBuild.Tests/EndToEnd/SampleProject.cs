namespace DbSync.MSBuild.Tests.EndToEnd;

/// <summary>
/// A class library in a temporary folder that references the freshly packed DbSync.MSBuild the way docs/msbuild.md
/// tells users to, through a nuget.config that adds the temporary feed to the machine's usual sources.
/// </summary>
internal sealed class SampleProject
{
    private readonly PackedPackageFixture _package;

    public SampleProject(PackedPackageFixture package, string properties = "")
    {
        _package = package;
        Folder = Path.Combine(package.Root, "projects", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "nuget.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n"
            + "    <add key=\"dbsync-test-feed\" value=\"" + package.FeedPath + "\" />\n"
            + "  </packageSources>\n</configuration>\n");
        File.WriteAllText(Path.Combine(Folder, "Sample.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
            + "  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n" + properties + "  </PropertyGroup>\n"
            + "  <ItemGroup>\n    <PackageReference Include=\"DbSync.MSBuild\" Version=\"" + package.Version + "\" PrivateAssets=\"all\" />\n  </ItemGroup>\n"
            + "</Project>\n");
        File.WriteAllText(Path.Combine(Folder, "Class1.cs"), "namespace Sample;\n\npublic static class Class1\n{\n}\n");
    }

    public string Folder { get; }

    /// <summary>The default repository location, migrations/ beside the project.</summary>
    public string Repository => Path.Combine(Folder, "migrations");

    public string StampFile => Path.Combine(Folder, "obj", "Debug", "net10.0", "dbsync.validated");

    public string Script(string fileName) => Path.Combine(Repository, "versions", fileName);

    /// <summary><c>dotnet build</c> at normal verbosity, so skipped targets are visible.</summary>
    public DotNetResult Build(params string[] extraArguments) =>
        _package.Run(Folder, new[] { "build", "Sample.csproj", "-v:n", "-nodeReuse:false", "--disable-build-servers", "-p:UseSharedCompilation=false" }
            .Concat(extraArguments).ToArray());
}
