using System.Reflection;
using DbSync.Schema.Sources;
using DbSync.Testing;

namespace DbSync.EntityFrameworkCore.Tests;

/// <summary>The EF Core applications of tests/EfCoreApps, built with this project (same configuration), and their EnsureCreated.</summary>
internal static class EfApps
{
    public const string Sqlite = "Features.Sqlite";
    public const string MariaDb = "Features.MariaDb";
    public const string PostgreSql = "Features.PostgreSql";
    public const string Hosted = "Hosted";
    public const string NoContext = "NoContext";

    /// <summary>Debug or Release: the applications were built as this test assembly was.</summary>
    public static string Configuration => typeof(EfApps).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    public static string Project(string app) => RepositoryRoot.Combine("tests", "EfCoreApps", app, app + ".csproj");

    /// <summary>The spec a user would write, pointing at the application's existing build.</summary>
    public static string Spec(string app, string? context) =>
        "ef:" + Project(app) + ";no-build;configuration=" + Configuration + (context == null ? string.Empty : ";context=" + context);

    public static IModelSource Model(string app, string? context) => ModelSources.Parse(Spec(app, context), RepositoryRoot.Path, "the test");

    /// <summary>Runs the application's <c>ensure-created CONTEXT CONNECTION</c>: EF Core's own EnsureCreated.</summary>
    public static async Task EnsureCreatedAsync(string app, string context, string connection)
    {
        string assembly = RepositoryRoot.Combine("tests", "EfCoreApps", app, "bin", Configuration, "net10.0", app + ".dll");
        ProcessResult result = await ProcessRunner.RunAsync("dotnet", ["exec", assembly, "ensure-created", context, connection], Path.GetDirectoryName(assembly)!, timeout: TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, "EnsureCreated of " + context + " failed: " + result);
    }
}
