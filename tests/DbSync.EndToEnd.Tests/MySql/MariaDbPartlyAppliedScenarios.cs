using System.Text.Json;
using DbSync.Testing;
using DbSync.Testing.Databases;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>
/// After a MySQL version stopped half-way (its DDL commits statement by statement), `version`, `history` and `status`
/// say so, with how far it got and what to do, instead of "1 version pending".
/// </summary>
public sealed class MariaDbPartlyAppliedScenarios
{
    private const string Broken = """
        CREATE TABLE ports (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB;

        INSERT INTO no_such_table (id) VALUES (1);
        CREATE TABLE port_names (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB;

        """;

    [Fact]
    public async Task Version_history_and_status_name_the_partly_applied_version_and_how_to_resume()
    {
        var directory = new TempDirectory("dbsync-partly");
        await using var workspace = await Workspace.CreateAsync(directory, await MariaDbTestDatabase.CreateAsync());
        AssertSuccess(await workspace.RunCheckedAsync("upgrade"));
        string script = workspace.WriteScript("005_add_ports_default_upgrade.sql", Broken);
        workspace.WriteScript("005_add_ports_default_downgrade.sql", "DROP TABLE port_names;\nDROP TABLE ports;\n");
        Assert.Equal(1, (await workspace.RunCheckedAsync("upgrade")).ExitCode);

        var version = await workspace.RunCheckedAsync("version");
        var history = await workspace.RunCheckedAsync("history");
        var status = await workspace.RunCheckedAsync("status");

        const string Partly = "version 5 partly applied (1 of 3 statements)";
        const string Resume = "'dotnet dbsync upgrade' resumes it at statement 2 (line 3 of 005_add_ports_default_upgrade.sql);"
            + " or repair the schema by hand and record the version with 'dotnet dbsync stamp --revision N'";
        AssertSuccess(version);
        Assert.Equal("4", version.Stdout.Trim());
        Assert.Contains("warning: " + Partly + ": " + Resume, version.Stderr);
        AssertSuccess(history);
        // The audit trail's columns follow: the failed upgrade of version 5 is its latest row.
        Assert.StartsWith("partly   5  005_add_ports (head)", Lines(history.Stdout)[^2], StringComparison.Ordinal);
        Assert.Matches(@"  upgrade  .*  FAILED$", Lines(history.Stdout)[^2]);
        Assert.Equal("Database at version 4; " + Partly + ". " + Resume + ".", Lines(history.Stdout)[^1]);
        AssertSuccess(status);
        Assert.Equal("Version:    4 (004_add_item_category)", Lines(status.Stdout)[2]);
        Assert.Equal("Pending:    1 version: 5 (005_add_ports)", Lines(status.Stdout)[4]);
        Assert.Equal("Partly applied: " + Partly + "; " + Resume + ".", Lines(status.Stdout)[5]);

        // Fixed, the upgrade resumes at statement 2; then nothing is partly applied.
        await File.WriteAllTextAsync(script, Broken.Replace("no_such_table", "ports", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        AssertSuccess(await workspace.RunCheckedAsync("upgrade"));
        var after = await workspace.RunCheckedAsync("status");
        Assert.Equal("Version:    5 (005_add_ports)", Lines(after.Stdout)[2]);
        Assert.DoesNotContain("Partly", after.Stdout);
    }

    [Fact]
    public async Task JSON_output_describes_the_partly_applied_version_and_an_offline_script_refuses_to_resume_it()
    {
        var directory = new TempDirectory("dbsync-partly");
        await using var workspace = await Workspace.CreateAsync(directory, await MariaDbTestDatabase.CreateAsync());
        AssertSuccess(await workspace.RunCheckedAsync("upgrade"));
        workspace.WriteScript("005_add_ports_default_upgrade.sql", Broken);
        workspace.WriteScript("005_add_ports_default_downgrade.sql", "DROP TABLE port_names;\nDROP TABLE ports;\n");
        Assert.Equal(1, (await workspace.RunCheckedAsync("upgrade", "--format", "json")).ExitCode);

        var status = await workspace.RunCheckedAsync("status", "--format", "json");
        var history = await workspace.RunCheckedAsync("history", "--format", "json");
        var sql = await workspace.RunCheckedAsync("upgrade", "--sql");
        var from = await workspace.RunCheckedAsync("upgrade", "--sql", "--from", "4");

        AssertSuccess(status);
        using var document = JsonDocument.Parse(status.Stdout);
        JsonElement incomplete = document.RootElement.GetProperty("incomplete");
        Assert.Equal(4, document.RootElement.GetProperty("version").GetInt64());
        Assert.Equal((4L, 5L), (incomplete.GetProperty("from").GetInt64(), incomplete.GetProperty("to").GetInt64()));
        Assert.Equal("005_add_ports_default_upgrade.sql", incomplete.GetProperty("script").GetString());
        Assert.Equal((1, 3), (incomplete.GetProperty("appliedStatements").GetInt32(), incomplete.GetProperty("totalStatements").GetInt32()));
        Assert.Equal("version 5 partly applied (1 of 3 statements)", incomplete.GetProperty("description").GetString());
        AssertSuccess(history);
        using var versions = JsonDocument.Parse(history.Stdout);
        Assert.Equal("partly", versions.RootElement.GetProperty("versions")[4].GetProperty("state").GetString());
        Assert.Equal(1, sql.ExitCode);
        Assert.Empty(sql.Stdout);
        Assert.Contains("error DBS101: version 5 partly applied (1 of 3 statements), which an offline script cannot resume", sql.Stderr);
        AssertSuccess(from);
        Assert.Contains("-- Version 5 (4 -> 5): 005_add_ports_default_upgrade.sql", from.Stdout);
    }
}
