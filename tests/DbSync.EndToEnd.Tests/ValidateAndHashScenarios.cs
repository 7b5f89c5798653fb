using DbSync.Testing;
using DbSync.Testing.Databases;

namespace DbSync.EndToEnd.Tests;

/// <summary>`validate` and `hash`: the MSBuild package's checks from the command line, with no database.</summary>
public sealed class ValidateAndHashScenarios
{
    private static Task<Workspace> NewWorkspaceAsync() => Workspace.CreateSqliteAsync("dbsync-validate");

    [Fact]
    public async Task The_sample_repository_validates_cleanly_without_touching_a_database()
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await workspace.RunAsync("validate");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith(": 0 errors, 0 warnings.", result.Stdout.Trim());
        Assert.Empty(await workspace.Database.GetTablesAsync());
    }

    [Fact]
    public async Task Hash_records_the_scripts_and_validate_then_catches_an_edited_and_an_unrecorded_script()
    {
        await using var workspace = await NewWorkspaceAsync();

        var hash = await workspace.RunAsync("hash");
        Assert.True(hash.ExitCode == 0, hash.ToString());
        Assert.Contains("(12 scripts)", hash.Stdout);
        Assert.True(File.Exists(Path.Combine(workspace.RepositoryPath, "dbsync.sum")));

        string edited = Path.Combine(workspace.VersionsPath, "002_add_warehouses_and_stock_default_upgrade.sql");
        await File.AppendAllTextAsync(edited, "DROP TABLE items;\n", TestContext.Current.CancellationToken);
        string added = workspace.WriteScript("005_add_ports_default_upgrade.sql", "CREATE TABLE ports (id INTEGER);\n");
        workspace.WriteScript("005_add_ports_default_downgrade.sql", "DROP TABLE ports;\n");

        var result = await workspace.RunAsync("validate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(edited + "(1,1): error DBS007:", result.Stdout);
        Assert.Contains(added + "(1,1): error DBS008:", result.Stdout);

        Assert.Equal(0, (await workspace.RunAsync("hash")).ExitCode);
        Assert.Equal(0, (await workspace.RunAsync("validate")).ExitCode);
    }

    [Fact]
    public async Task Validate_reports_every_problem_at_once_with_its_code()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.WriteScript("006_skipped_default_upgrade.sql", "CREATE TABLE skipped (id INTEGER);\n");
        workspace.WriteScript("4_bad_default_upgrade.sql", "SELECT 1;\n");
        workspace.WriteScript("003_add_stock_audit_default_upgrade.sql", "INSERT INTO stock_audit VALUES ('unterminated);\n");

        var result = await workspace.RunAsync("validate", "--require-downgrade");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error DBS001:", result.Stdout);
        Assert.Contains("error DBS003:", result.Stdout);
        Assert.Contains("003_add_stock_audit_default_upgrade.sql(1,", result.Stdout);
        Assert.Contains("error DBS009:", result.Stdout);
        Assert.Contains("error DBS004:", result.Stdout);
    }
}
