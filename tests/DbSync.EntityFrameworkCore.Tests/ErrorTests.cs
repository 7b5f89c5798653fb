using DbSync.Core.Errors;
using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>What goes wrong reading an application's model is one DBS108 line naming the project and what to do.</summary>
public sealed class ErrorTests
{
    [Fact]
    public async Task A_provider_that_is_not_the_databases_is_refused()
    {
        var error = await LoadFailsAsync(EfApps.Spec(EfApps.MariaDb, "FeaturesContext"));

        Assert.Equal(EfApps.Project(EfApps.MariaDb) + ": FeaturesContext uses Pomelo.EntityFrameworkCore.MySql (a MySQL/MariaDB model) but the database is SQLite:"
            + " point [database] connection at a MySQL/MariaDB database, or the model at a project configured for SQLite", error.Message);
    }

    [Fact]
    public async Task A_build_failure_names_the_first_compiler_error()
    {
        using var directory = new TempDirectory("dbsync-ef-broken");
        directory.Write("Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        directory.Write("Program.cs", "this is not C#\n");

        var error = await LoadFailsAsync("ef:" + directory.Path);

        Assert.StartsWith("building " + directory.Combine("Broken.csproj") + " (ef:" + directory.Path + ") failed: " + directory.Combine("Program.cs") + "(1,", error.Message);
        Assert.Matches(@": error CS\d+: .* \(and \d+ more\)$", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task An_application_without_a_context_says_so()
    {
        var error = await LoadFailsAsync(EfApps.Spec(EfApps.NoContext, null));

        Assert.Equal(EfApps.Project(EfApps.NoContext) + ": NoContext has no DbContext: no class derives from DbContext in it or its project references,"
            + " and its host registers none", error.Message);
    }

    [Fact]
    public async Task Several_contexts_without_context_are_listed()
    {
        var error = await LoadFailsAsync(EfApps.Spec(EfApps.Sqlite, null));

        Assert.Equal(EfApps.Project(EfApps.Sqlite) + ": Features.Sqlite has 10 DbContexts (CommentedContext, ComputedContext, FeaturesContext, Step1Context, Step2Context, Step3Context, Step4Context,"
            + " Step5Context, Step6Context, Step7Context): name one with ';context=NAME' (the test)", error.Message);
    }

    [Fact]
    public async Task An_unknown_context_lists_those_there_are()
    {
        var error = await LoadFailsAsync(EfApps.Spec(EfApps.Hosted, "ShopContext"));

        Assert.Equal(EfApps.Project(EfApps.Hosted) + ": Hosted has no DbContext named 'ShopContext'; it has HostedContext (the test)", error.Message);
    }

    [Fact]
    public async Task A_project_that_was_never_built_is_named_with_no_build()
    {
        using var directory = new TempDirectory("dbsync-ef-unbuilt");
        directory.Write("Unbuilt.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");

        var error = await LoadFailsAsync("ef:" + directory.Combine("Unbuilt.csproj") + ";no-build");

        Assert.StartsWith(directory.Combine("Unbuilt.csproj") + " has no build output at ", error.Message);
        Assert.EndsWith(": build it (configuration Debug) or drop ';no-build'", error.Message);
    }

    private static async Task<DbSyncException> LoadFailsAsync(string spec)
    {
        await using var database = SqliteTestDatabase.CreateTemporary();
        using var repository = new EfRepository();
        var model = Schema.Sources.ModelSources.Parse(spec, RepositoryRoot.Path, "the test");
        var error = await Assert.ThrowsAsync<DbSyncException>(() => repository.Service(database, model).LoadModelAsync(TestContext.Current.CancellationToken));
        Assert.Equal(ErrorCodes.Model, error.Code);
        return error;
    }
}
