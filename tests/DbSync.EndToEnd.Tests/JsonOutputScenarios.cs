using System.Text.Json;
using DbSync.Testing;
using DbSync.Testing.Databases;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests;

/// <summary>
/// --format json and --quiet through the packed tool: stdout is one JSON document (docs/json-output.md) and messages
/// go to stderr; errors and exit codes stay as in text mode. One suite, one subclass per database.
/// </summary>
public abstract class JsonOutputScenarios
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory);

    protected async Task<Workspace> NewWorkspaceAsync()
    {
        var directory = new TempDirectory("dbsync-json");
        try
        {
            return await Workspace.CreateAsync(directory, await CreateDatabaseAsync(directory));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Parses stdout as one JSON document (JsonDocument.Parse refuses anything after it).</summary>
    protected static JsonElement Json(ProcessResult result)
    {
        AssertSuccess(result);
        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Upgrade_prints_a_JSON_summary_on_stdout_and_its_progress_on_stderr()
    {
        await using var workspace = await NewWorkspaceAsync();

        var result = await workspace.RunCheckedAsync("upgrade", "--revision", "3", "--format", "json");

        JsonElement summary = Json(result);
        Assert.Equal("upgrade", summary.GetProperty("command").GetString());
        Assert.Equal(0, summary.GetProperty("from").GetInt64());
        Assert.Equal(3, summary.GetProperty("to").GetInt64());
        Assert.Equal(4, summary.GetProperty("latest").GetInt64());
        Assert.Equal(3, summary.GetProperty("count").GetInt32());
        Assert.True(summary.GetProperty("elapsedMs").GetDouble() > 0);
        var applied = summary.GetProperty("versionsApplied").EnumerateArray().ToList();
        Assert.Equal([1L, 2L, 3L], applied.Select(v => v.GetProperty("version").GetInt64()));
        Assert.Equal("001_create_items", applied[0].GetProperty("name").GetString());
        Assert.Equal("001_create_items_default_upgrade.sql", applied[0].GetProperty("script").GetString());
        Assert.Equal((2L, 3L), (applied[2].GetProperty("from").GetInt64(), applied[2].GetProperty("to").GetInt64()));
        Assert.All(applied, v => Assert.True(v.GetProperty("elapsedMs").GetDouble() >= 0));
        Assert.Contains("Running upgrade 0 -> 1 (001_create_items) ... ", result.Stderr);
        Assert.Contains("Database: " + workspace.Database.DescribedAs, result.Stderr);
        Assert.Equal(3, await workspace.Database.GetVersionAsync("inventory"));
    }

    [Fact]
    public async Task Version_history_and_status_describe_the_database_in_JSON()
    {
        await using var workspace = await NewWorkspaceAsync();

        JsonElement before = Json(await workspace.RunCheckedAsync("version", "--format", "json"));
        AssertSuccess(await workspace.RunCheckedAsync("upgrade", "--revision", "2"));
        JsonElement version = Json(await workspace.RunCheckedAsync("version", "--format", "json"));
        JsonElement history = Json(await workspace.RunCheckedAsync("history", "--format", "json"));
        JsonElement status = Json(await workspace.RunCheckedAsync("--format", "json", "status"));

        Assert.Equal(JsonValueKind.Null, before.GetProperty("version").ValueKind);
        Assert.Equal(2, version.GetProperty("version").GetInt64());
        Assert.Equal(JsonValueKind.Null, version.GetProperty("incomplete").ValueKind);

        Assert.Equal(2, history.GetProperty("current").GetInt64());
        Assert.Equal(4, history.GetProperty("head").GetInt64());
        Assert.Equal(2, history.GetProperty("pending").GetInt32());
        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["applied", "applied", "pending", "pending"], versions.Select(v => v.GetProperty("state").GetString()));
        Assert.True(versions[1].GetProperty("current").GetBoolean());
        Assert.True(versions[3].GetProperty("head").GetBoolean());
        Assert.Equal("004_add_item_category", versions[3].GetProperty("name").GetString());

        Assert.StartsWith(workspace.Database.DescribedAs, status.GetProperty("database").GetString());
        Assert.Equal("inventory", status.GetProperty("repository").GetProperty("id").GetString());
        Assert.Equal(workspace.RepositoryPath, status.GetProperty("repository").GetProperty("path").GetString());
        Assert.Equal(2, status.GetProperty("version").GetInt64());
        Assert.Equal(4, status.GetProperty("latest").GetInt64());
        Assert.Equal([3L, 4L], status.GetProperty("pending").EnumerateArray().Select(p => p.GetProperty("version").GetInt64()));
    }

    [Fact]
    public async Task Downgrade_prints_a_JSON_summary_and_a_run_with_nothing_to_do_an_empty_one()
    {
        await using var workspace = await NewWorkspaceAsync();
        AssertSuccess(await workspace.RunCheckedAsync("upgrade"));

        JsonElement down = Json(await workspace.RunCheckedAsync("downgrade", "--revision", "-2", "--format", "json"));
        JsonElement nothing = Json(await workspace.RunCheckedAsync("upgrade", "--revision", "2", "--format", "json"));

        Assert.Equal("downgrade", down.GetProperty("command").GetString());
        Assert.Equal((4L, 2L), (down.GetProperty("from").GetInt64(), down.GetProperty("to").GetInt64()));
        Assert.Equal([4L, 3L], down.GetProperty("versionsApplied").EnumerateArray().Select(v => v.GetProperty("version").GetInt64()));
        Assert.Equal((2L, 2L, 0), (nothing.GetProperty("from").GetInt64(), nothing.GetProperty("to").GetInt64(), nothing.GetProperty("count").GetInt32()));
        Assert.Empty(nothing.GetProperty("versionsApplied").EnumerateArray());
    }

    [Fact]
    public async Task An_error_in_JSON_mode_is_the_usual_line_on_stderr_with_the_usual_exit_code_and_nothing_on_stdout()
    {
        await using var workspace = await NewWorkspaceAsync();

        var usage = await workspace.RunCheckedAsync("upgrade", "--revision", "9", "--format", "json");
        var stamp = await workspace.RunCheckedAsync("stamp", "--revision", "1", "--format", "json");
        AssertSuccess(await workspace.RunCheckedAsync("upgrade"));
        var failure = await workspace.RunCheckedAsync("downgrade", "--revision", "5", "--format", "json");

        Assert.Equal(2, usage.ExitCode);
        Assert.Empty(usage.Stdout);
        Assert.Contains("error DBS200: unknown revision 9", usage.Stderr);
        Assert.Equal(2, stamp.ExitCode);
        Assert.Contains("error DBS200: --format json: 'stamp' has no JSON result", stamp.Stderr);
        Assert.Equal(2, failure.ExitCode);
        Assert.Empty(failure.Stdout);
    }

    [Fact]
    public async Task Quiet_prints_nothing_but_errors()
    {
        await using var workspace = await NewWorkspaceAsync();

        var upgrade = await workspace.RunCheckedAsync("upgrade", "--quiet");
        var version = await workspace.RunCheckedAsync("-q", "version");
        var json = await workspace.RunCheckedAsync("version", "-q", "--format", "json");
        var error = await workspace.RunCheckedAsync("downgrade", "--revision", "9", "--quiet");

        AssertSuccess(upgrade);
        Assert.Equal(string.Empty, upgrade.Output);
        Assert.Equal(4, await workspace.Database.GetVersionAsync("inventory"));
        AssertSuccess(version);
        Assert.Equal(string.Empty, version.Output);
        Assert.Equal(4, Json(json).GetProperty("version").GetInt64());
        Assert.Empty(json.Stderr);
        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith("error DBS200: unknown revision 9", error.Stderr);
    }
}
