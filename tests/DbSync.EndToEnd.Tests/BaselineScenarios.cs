using DbSync.Testing;
using DbSync.Testing.Databases;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// `baseline --revision N` through the packed tool, one subclass per database: the script it writes builds version
/// N's schema for a new database in one step, which then continues with the scripts after N, while a database that was
/// already past its first version keeps upgrading and downgrading through the scripts of versions/.
/// </summary>
public abstract class BaselineScenarios
{
    private const string RepositoryId = "inventory";

    /// <summary>The dialect part of the baseline script's name.</summary>
    protected abstract string Dialect { get; }

    protected abstract Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory, string name);

    /// <summary>A schema description with what only differs in spelling, not in meaning, spelled one way.</summary>
    protected virtual IReadOnlyList<string> Comparable(IReadOnlyList<string> schema) => schema;

    [Fact]
    public async Task A_new_database_upgrades_to_head_through_the_baseline_and_an_existing_one_keeps_its_scripts()
    {
        var directory = new TempDirectory("dbsync-baseline");
        await using var workspace = await Workspace.CreateAsync(directory, await CreateDatabaseAsync(directory, "existing"));
        await using TestDatabase fresh = await CreateDatabaseAsync(directory, "fresh");
        string freshConfig = directory.Write("fresh.conf", "[database]\nconnection = " + fresh.Url + "\n\n[dbsync]\nrepository = migrations\n");
        AssertSuccess(await workspace.RunCheckedAsync("upgrade", "--revision", "3"));
        AssertSuccess(await workspace.RunCheckedAsync("hash"));

        ProcessResult baseline = await workspace.RunCheckedAsync("baseline", "--revision", "3");

        AssertSuccess(baseline);
        string script = Path.Combine(workspace.VersionsPath, "baseline", "003_baseline_" + Dialect + "_upgrade.sql");
        Assert.True(File.Exists(script), baseline.ToString());
        Assert.Contains(Path.Combine("migrations", "versions", "baseline", "003_baseline_" + Dialect + "_upgrade.sql"), baseline.Stdout, StringComparison.Ordinal);
        Assert.Contains("Set [dbsync] baseline = 3 in migrate.cfg.", baseline.Stdout, StringComparison.Ordinal);
        Assert.Contains("baseline = 3", await File.ReadAllTextAsync(Path.Combine(workspace.RepositoryPath, "migrate.cfg"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(3L, await workspace.Database.GetVersionAsync(RepositoryId));
        // Recorded in dbsync.sum with the script, so the repository validates and an edit to the baseline is caught.
        Assert.Contains("Recorded it in dbsync.sum.", baseline.Stdout, StringComparison.Ordinal);
        Assert.Contains("versions/baseline/003_baseline_" + Dialect + "_upgrade.sql h1:",
            await File.ReadAllTextAsync(Path.Combine(workspace.RepositoryPath, "dbsync.sum"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        AssertSuccess(await workspace.RunCheckedAsync("validate"));

        // A new database: the baseline in one step, then version 4 from versions/.
        ProcessResult upgrade = await workspace.Tool.RunAsync(directory.Path, ["--config-file", freshConfig, "upgrade"]);
        AssertSuccess(upgrade);
        Assert.Contains("upgrade 0 -> 3 (003_baseline)", upgrade.Output, StringComparison.Ordinal);
        Assert.Contains("upgrade 3 -> 4 (004_add_item_category)", upgrade.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("0 -> 1", upgrade.Output, StringComparison.Ordinal);
        ProcessResult version = await workspace.Tool.RunAsync(directory.Path, ["--config-file", freshConfig, "version"]);
        Assert.Equal("4", version.Stdout.Trim());
        ProcessResult history = await workspace.Tool.RunAsync(directory.Path, ["--config-file", freshConfig, "history"]);
        AssertSuccess(history);
        Assert.Contains("applied  1  001_create_items", history.Stdout, StringComparison.Ordinal);
        Assert.Contains("applied  3  003_add_stock_audit (baseline)", history.Stdout, StringComparison.Ordinal);
        Assert.Contains("Database at version 4", history.Stdout, StringComparison.Ordinal);

        // The database that was at version 3 goes on through versions/, and ends with the same schema.
        ProcessResult existing = await workspace.RunCheckedAsync("upgrade");
        AssertSuccess(existing);
        Assert.Contains("upgrade 3 -> 4 (004_add_item_category)", existing.Output, StringComparison.Ordinal);
        Assert.Equal(Comparable(await workspace.Database.DescribeSchemaAsync()), Comparable(await fresh.DescribeSchemaAsync()));

        // The limit the baseline states in its header: rows the old scripts inserted (002's warehouse) are not in it.
        Assert.Equal(1L, await workspace.Database.CountAsync("warehouses"));
        Assert.Equal(0L, await fresh.CountAsync("warehouses"));

        // Downgrades of a baselined database run the scripts of versions/, which are kept.
        AssertSuccess(await workspace.Tool.RunAsync(directory.Path, ["--config-file", freshConfig, "downgrade", "--revision", "1"]));
        Assert.Equal(1L, await fresh.GetVersionAsync(RepositoryId));
    }

    [Fact]
    public async Task A_new_database_upgraded_to_a_version_before_the_baseline_uses_the_scripts_then_goes_on_without_it()
    {
        var directory = new TempDirectory("dbsync-baseline");
        await using var workspace = await Workspace.CreateAsync(directory, await CreateDatabaseAsync(directory, "db"));
        AssertSuccess(await workspace.RunCheckedAsync("baseline", "--revision", "3"));

        ProcessResult partway = await workspace.RunCheckedAsync("upgrade", "--revision", "1");
        ProcessResult rest = await workspace.RunCheckedAsync("upgrade");

        AssertSuccess(partway);
        AssertSuccess(rest);
        Assert.Contains("upgrade 0 -> 1 (001_create_items)", partway.Output, StringComparison.Ordinal);
        Assert.Contains("upgrade 1 -> 2 (002_add_warehouses_and_stock)", rest.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("003_baseline", rest.Output, StringComparison.Ordinal);
        Assert.Equal(4L, await workspace.Database.GetVersionAsync(RepositoryId));
    }
}
