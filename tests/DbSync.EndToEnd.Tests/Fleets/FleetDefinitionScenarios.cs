using DbSync.Testing;
using DbSync.Testing.Databases;
using static DbSync.EndToEnd.Tests.Fleets.FleetWorkspace;

namespace DbSync.EndToEnd.Tests.Fleets;

/// <summary>Where a fleet comes from (--fleet, [fleet] file, [fleet] query and template) and the one-line errors for a bad one.</summary>
public sealed class FleetDefinitionScenarios
{
    [Fact]
    public async Task A_bad_line_of_the_fleet_file_is_named_by_file_and_line_and_nothing_runs()
    {
        using var workspace = await CreateAsync("dbsync-fleet-bad");
        Directory.CreateDirectory(workspace.Directory.Combine("tenants"));
        string fleet = workspace.Directory.Write("tenants.txt",
            "sqlite:///tenants/a.db  # the first tenant\n# a comment\n\nmysql://app:Hunter2Secret@db:notaport/b\n");
        workspace.Secrets.Add("Hunter2Secret");
        string duplicate = workspace.Directory.Write("dup.txt", "sqlite:///tenants/a.db\nsqlite:///tenants/b.db\nsqlite:///tenants/a.db\n");
        string empty = workspace.Directory.Write("empty.txt", "# nobody yet\n");

        var bad = await workspace.RunAsync("upgrade", "--fleet", fleet);
        var twice = await workspace.RunAsync("upgrade", "--fleet", duplicate);
        var none = await workspace.RunAsync("version", "--fleet", empty);
        var missing = await workspace.RunAsync("upgrade", "--fleet", "nowhere.txt");
        var alone = await workspace.RunAsync("upgrade", "--fail-fast");

        Assert.Equal(1, bad.ExitCode);
        Assert.Equal(fleet + "(4,1): error DBS120: database URL: the port must be a number from 1 to 65535", ToolOutput.Lines(bad.Stderr)[^1]);
        Assert.Equal(duplicate + "(3,1): error DBS120: sqlite:///tenants/a.db is already on line 1; each database is listed once", ToolOutput.Lines(twice.Stderr)[^1]);
        Assert.Contains(empty + "(1,1): error DBS120: --fleet", none.Stderr);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("error DBS200: --fleet nowhere.txt: no such file", missing.Stderr);
        Assert.Equal(2, alone.ExitCode);
        Assert.Contains("error DBS200: --fail-fast applies to a fleet", alone.Stderr);
        Assert.Empty(Directory.GetFiles(workspace.Directory.Combine("tenants")));
    }

    [Fact]
    public async Task The_config_names_the_fleet_by_file_or_by_a_query_and_a_template()
    {
        using var workspace = await CreateAsync("dbsync-fleet-config");
        Directory.CreateDirectory(workspace.Directory.Combine("tenants"));
        Directory.CreateDirectory(workspace.Directory.Combine("etc"));
        workspace.Directory.Write("etc/tenants.txt", "sqlite:///tenants/a.db\nsqlite:///tenants/b.db\n");
        string byFile = workspace.Directory.Write("etc/file.conf", "[fleet]\nfile = tenants.txt\n");
        await using (var catalog = new SqliteTestDatabase(workspace.Directory.Path, "catalog.db"))
        {
            await catalog.ExecuteAsync("CREATE TABLE tenants (name TEXT); INSERT INTO tenants VALUES ('north'), ('south'), (NULL), ('east')");
        }

        string byQuery = workspace.Directory.Write("query.conf",
            "[database]\nconnection = sqlite:///catalog.db\n[fleet]\nquery = SELECT name FROM tenants ORDER BY name\ntemplate = sqlite:///tenants/{name}.db\n");
        string noTemplate = workspace.Directory.Write("notemplate.conf", "[fleet]\nquery = SELECT name FROM tenants\n");
        string badQuery = workspace.Directory.Write("badquery.conf",
            "[fleet]\nsource = sqlite:///catalog.db\nquery = SELECT name FROM customers\ntemplate = sqlite:///tenants/{name}.db\n");

        var file = await workspace.RunAsync("--config-file", byFile, "upgrade", "--parallel", "2");
        var query = await workspace.RunAsync("--config-file", byQuery, "upgrade");
        var version = await workspace.RunAsync("--config-file", byQuery, "version");
        var incomplete = await workspace.RunAsync("--config-file", noTemplate, "upgrade");
        var failing = await workspace.RunAsync("--config-file", badQuery, "upgrade");
        var stamp = await workspace.RunAsync("--config-file", byFile, "stamp", "--revision", "head");

        ToolOutput.AssertSuccess(file);
        Assert.Contains("Fleet: 2 databases from " + workspace.Directory.Combine("etc", "tenants.txt"), file.Stderr);
        Assert.Contains(": 2 upgraded.", file.Stdout);
        ToolOutput.AssertSuccess(query);
        Assert.Equal(["sqlite:///tenants/east.db", "sqlite:///tenants/north.db", "sqlite:///tenants/south.db"], Rows(query).Select(r => r.Split(' ')[0]));
        Assert.Contains("Fleet: 3 databases from [fleet] query on sqlite:///catalog.db", query.Stderr);
        Assert.Contains(": 3 up to date.", version.Stdout);
        Assert.Equal(1, incomplete.ExitCode);
        Assert.Contains(noTemplate + "(2,1): error DBS120: [fleet] query needs [fleet] template", incomplete.Stderr);
        Assert.Equal(1, failing.ExitCode);
        Assert.Contains(badQuery + "(3,1): error DBS120: [fleet] query failed on sqlite:///catalog.db: ", failing.Stderr);
        Assert.Contains("no such table: customers", failing.Stderr);

        // A command of one database does not quietly fall back to the default SQLite file when the config names a fleet.
        Assert.Equal(1, stamp.ExitCode);
        Assert.Contains(byFile + "(2,1): error DBS100: [fleet] names a fleet, and 'stamp' works on one database", stamp.Stderr);
        Assert.False(File.Exists(workspace.Directory.Combine("inventory.sqlite")));
    }
}
