using DbSync.Testing;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// The README's walk-through on a copy of samples/efcore, through the packed tool (the Native AOT build on linux-x64,
/// so the exporter shipped in its package is the one that runs): the tool builds the EF Core application itself.
/// </summary>
public sealed class EfCoreScenarios
{
    [Fact]
    public async Task Edit_an_entity_check_fails_naming_it_autogenerate_upgrade_and_check_passes()
    {
        using var directory = new TempDirectory("dbsync-efcore");
        CopySample(RepositoryRoot.Combine("samples", "efcore"), directory.Path);
        var tool = await PackedTool.GetAsync();
        Task<ProcessResult> Run(params string[] args) => tool.RunAsync(directory.Path, ["--config-file", "shop.conf", .. args]);

        AssertSuccess(await Run("upgrade"));
        var matches = await Run("check");
        AssertSuccess(matches);
        Assert.Equal("The model matches the schema of version 1 (latest).", matches.Stdout.Trim());

        string entity = directory.Combine("Shop", "Model", "Customer.cs");
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(entity, (await File.ReadAllTextAsync(entity, cancellationToken)).Replace(
            "    public DateTime CreatedAt { get; set; }", "    public DateTime CreatedAt { get; set; }\n\n    public string? Phone { get; set; }", StringComparison.Ordinal), cancellationToken);
        var differs = await Run("check");
        Assert.Equal(1, differs.ExitCode);
        Assert.Contains("  add column Customers.Phone TEXT\n", differs.Stdout);

        var revision = await Run("revision", "-m", "customer phone", "--autogenerate");
        AssertSuccess(revision);
        Assert.StartsWith("Detected 1 change:\n  add column Customers.Phone TEXT\nWrote revision 2:", revision.Stdout);
        // Nothing on stderr but the line naming the database: no warning.
        Assert.StartsWith("Database: SQLite database ", Assert.Single(revision.Stderr.Trim().Split('\n')));
        Assert.Contains("ALTER TABLE Customers ADD COLUMN Phone TEXT;", await File.ReadAllTextAsync(directory.Combine("migrations", "versions", "002_customer_phone_default_upgrade.sql"), cancellationToken));

        AssertSuccess(await Run("upgrade"));
        AssertSuccess(await Run("check"));
        AssertSuccess(await Run("check", "--model", "ef:Shop/Shop.csproj;no-build"));
    }

    [Fact]
    public async Task A_bad_ef_model_on_the_command_line_is_one_error_line_and_exit_1()
    {
        using var directory = new TempDirectory("dbsync-efcore-bad");
        CopySample(RepositoryRoot.Combine("samples", "efcore"), directory.Path);
        var tool = await PackedTool.GetAsync();

        var result = await tool.RunAsync(directory.Path, ["--config-file", "shop.conf", "check", "--model", "ef:Shop/Shop.csproj;contxt=ShopContext"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error DBS108: the model 'ef:Shop/Shop.csproj;contxt=ShopContext' (--model) has an unknown option 'contxt=ShopContext'"
            + " (the options are context=NAME, configuration=NAME, framework=TFM, no-build)", result.Stderr.Trim());
    }

    /// <summary>The sample without build output or databases, as a user clones it.</summary>
    private static void CopySample(string source, string target)
    {
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            string[] parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj") || relative.EndsWith(".db", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
    }
}
