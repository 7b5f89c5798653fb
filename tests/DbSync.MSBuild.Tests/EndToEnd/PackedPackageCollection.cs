namespace DbSync.MSBuild.Tests.EndToEnd;

/// <summary>The end-to-end tests share one packed package and one NUGET_PACKAGES, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "DbSync.MSBuild package";
}
