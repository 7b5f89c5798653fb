using System.Text.Json;
using DbSync.Testing;
using DbSync.Testing.Databases;
using static DbSync.EndToEnd.Tests.Fleets.FleetWorkspace;

namespace DbSync.EndToEnd.Tests.Fleets;

/// <summary>Fleets of SQLite files through the packed tool: 200 databases in one run, failure isolation, --fail-fast, reruns, version, check and JSON.</summary>
public sealed class SqliteFleetScenarios
{
    private const int Size = 200;

    [Fact]
    public async Task Upgrade_migrates_200_databases_four_at_a_time_and_the_broken_one_fails_alone()
    {
        using var workspace = await CreateAsync("dbsync-fleet-200");
        string broken = "sqlite:///tenants/t117.db";
        string fleet = await workspace.WriteSqliteFleetAsync(Size, broken: 117);

        var run = await workspace.RunAsync("upgrade", "--fleet", fleet, "--parallel", "4");

        Assert.Equal(1, run.ExitCode);
        var rows = Rows(run);
        Assert.Equal(Size, rows.Count);
        Assert.Equal(Size - 1, rows.Count(r => r.EndsWith("upgraded", StringComparison.Ordinal)));
        Assert.Matches(@"^sqlite:///tenants/t117\.db +0 +1 +[0-9.]+ m?s +FAILED \(DBS103\)$", Row(run, broken));
        Assert.Matches(@"^sqlite:///tenants/t001\.db +0 +4 +[0-9.]+ m?s +upgraded$", Row(run, "sqlite:///tenants/t001.db"));
        Assert.Contains("002_add_warehouses_and_stock_default_upgrade.sql", run.Stdout[run.Stdout.IndexOf("Failures:", StringComparison.Ordinal)..]);
        Assert.Matches(@"200 databases in [0-9.]+ m?s \([0-9.]+ databases/s, 4 at a time\): 199 upgraded, 1 failed\.", run.Stdout);
        Assert.Contains("error DBS121: 1 of 200 databases failed (" + broken + ")", run.Stderr);
        Assert.Equal(Size, ToolOutput.Lines(run.Stdout).Count(l => l.StartsWith('[')));
        for (int i = 1; i <= Size; i += 7)
        {
            await using var database = new SqliteTestDatabase(workspace.Directory.Combine("tenants"), "t" + Number(i) + ".db");
            Assert.Equal(i == 117 ? 1 : 4, await database.GetVersionAsync(RepositoryId));
        }

        // The rerun touches only what is behind: the broken database fails again, the others are up to date.
        var rerun = await workspace.RunAsync("upgrade", "--fleet", fleet, "--parallel", "4");
        Assert.Equal(1, rerun.ExitCode);
        Assert.Contains(": 199 up to date, 1 failed.", rerun.Stdout);

        // Repaired, it alone is upgraded.
        await using (var database = new SqliteTestDatabase(workspace.Directory.Combine("tenants"), "t117.db"))
        {
            await database.ExecuteAsync("DROP TABLE stock");
        }

        var repaired = await workspace.RunAsync("upgrade", "--fleet", fleet, "--parallel", "4");
        ToolOutput.AssertSuccess(repaired);
        Assert.Matches(@"^sqlite:///tenants/t117\.db +1 +4 +[0-9.]+ m?s +upgraded$", Row(repaired, broken));
        Assert.Contains(": 1 upgraded, 199 up to date.", repaired.Stdout);
    }

    [Fact]
    public async Task Fail_fast_starts_no_database_after_the_first_failure()
    {
        using var workspace = await CreateAsync("dbsync-fleet-failfast");
        string fleet = await workspace.WriteSqliteFleetAsync(10, broken: 3);

        var run = await workspace.RunAsync("upgrade", "--fleet", fleet, "--fail-fast");

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("upgraded", Row(run, "sqlite:///tenants/t002.db"));
        Assert.EndsWith("FAILED (DBS103)", Row(run, "sqlite:///tenants/t003.db"));
        Assert.Matches(@"^sqlite:///tenants/t004\.db +- +- +- +not started$", Row(run, "sqlite:///tenants/t004.db"));
        Assert.Contains(": 2 upgraded, 1 failed, 7 not started.", run.Stdout);
        Assert.Contains("error DBS121: 1 of 10 databases failed (sqlite:///tenants/t003.db); 7 databases not started", run.Stderr);
        Assert.False(File.Exists(workspace.Directory.Combine("tenants", "t004.db")));

        // Without it, every database is tried.
        var all = await workspace.RunAsync("upgrade", "--fleet", fleet);
        Assert.Equal(1, all.ExitCode);
        Assert.Contains(": 7 upgraded, 2 up to date, 1 failed.", all.Stdout);
    }

    [Fact]
    public async Task Version_and_check_over_a_fleet_show_each_database_and_check_fails_until_all_are_at_the_latest()
    {
        using var workspace = await CreateAsync("dbsync-fleet-version");
        Directory.CreateDirectory(workspace.Directory.Combine("tenants"));
        var urls = Enumerable.Range(1, 6).Select(i => "sqlite:///tenants/t" + Number(i) + ".db").ToList();
        string all = workspace.WriteFleet("tenants.txt", urls);
        string half = workspace.WriteFleet("half.txt", urls.Take(3));
        ToolOutput.AssertSuccess(await workspace.RunAsync("upgrade", "--fleet", half, "--revision", "2"));
        ToolOutput.AssertSuccess(await workspace.RunAsync("upgrade", "--fleet", workspace.WriteFleet("one.txt", [urls[3]])));

        var version = await workspace.RunAsync("version", "--fleet", all, "--parallel", "3");
        var check = await workspace.RunAsync("check", "--fleet", all);

        ToolOutput.AssertSuccess(version);
        Assert.Matches(@"^sqlite:///tenants/t001\.db +2 +[0-9.]+ m?s +behind$", Row(version, urls[0]));
        Assert.Matches(@"^sqlite:///tenants/t004\.db +4 +[0-9.]+ m?s +up to date$", Row(version, urls[3]));
        Assert.Matches(@"^sqlite:///tenants/t005\.db +- +[0-9.]+ m?s +unversioned$", Row(version, urls[4]));
        Assert.Contains(": 1 up to date, 3 behind, 2 unversioned.", version.Stdout);
        Assert.False(File.Exists(workspace.Directory.Combine("tenants", "t005.db")), "version created a database");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("5 databases not at the latest version", check.Stderr);
        Assert.DoesNotContain("DBS121", check.Stderr);

        ToolOutput.AssertSuccess(await workspace.RunAsync("--fleet", all, "--parallel", "2"));
        var passes = await workspace.RunAsync("check", "--fleet", all);
        ToolOutput.AssertSuccess(passes);
        Assert.Contains(": 6 up to date.", passes.Stdout);
    }

    [Fact]
    public async Task The_fleet_in_JSON_has_one_entry_per_database_and_stdout_holds_only_the_document()
    {
        using var workspace = await CreateAsync("dbsync-fleet-json");
        string fleet = await workspace.WriteSqliteFleetAsync(5, broken: 2);

        var upgrade = await workspace.RunAsync("upgrade", "--fleet", fleet, "--parallel", "2", "--format", "json");
        var version = await workspace.RunAsync("version", "--fleet", fleet, "--format", "json");

        Assert.Equal(1, upgrade.ExitCode);
        using var document = JsonDocument.Parse(upgrade.Stdout);
        JsonElement root = document.RootElement;
        Assert.Equal("upgrade", root.GetProperty("command").GetString());
        Assert.Equal(workspace.Directory.Combine("tenants.txt"), root.GetProperty("fleet").GetString());
        Assert.Equal(4, root.GetProperty("latest").GetInt64());
        Assert.Equal(2, root.GetProperty("parallel").GetInt32());
        Assert.Equal(5, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("failed").GetInt32());
        Assert.Equal(4, root.GetProperty("counts").GetProperty("upgraded").GetInt32());
        Assert.True(root.GetProperty("databasesPerSecond").GetDouble() > 0);
        var entries = Entries(document);
        Assert.Equal(["sqlite:///tenants/t001.db", "sqlite:///tenants/t002.db", "sqlite:///tenants/t003.db", "sqlite:///tenants/t004.db", "sqlite:///tenants/t005.db"],
            root.GetProperty("databases").EnumerateArray().Select(e => e.GetProperty("database").GetString()));
        JsonElement ok = entries["sqlite:///tenants/t001.db"];
        Assert.Equal("upgraded", ok.GetProperty("status").GetString());
        Assert.Equal(0, ok.GetProperty("from").GetInt64());
        Assert.Equal(4, ok.GetProperty("to").GetInt64());
        Assert.Equal(4, ok.GetProperty("versionsApplied").GetInt32());
        Assert.Equal(JsonValueKind.Null, ok.GetProperty("error").ValueKind);
        JsonElement failed = entries["sqlite:///tenants/t002.db"];
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal("DBS103", failed.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("error DBS103", failed.GetProperty("error").GetProperty("message").GetString());
        Assert.Contains("upgraded ", upgrade.Stderr);
        Assert.Contains("error DBS121", upgrade.Stderr);

        ToolOutput.AssertSuccess(version);
        using var versions = JsonDocument.Parse(version.Stdout);
        Assert.Equal(4, Entries(versions)["sqlite:///tenants/t005.db"].GetProperty("version").GetInt64());
        Assert.Equal("upToDate", Entries(versions)["sqlite:///tenants/t005.db"].GetProperty("status").GetString());
        Assert.Equal(1, Entries(versions)["sqlite:///tenants/t002.db"].GetProperty("version").GetInt64());
        Assert.Equal("behind", Entries(versions)["sqlite:///tenants/t002.db"].GetProperty("status").GetString());
    }
}
