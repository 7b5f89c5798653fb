using System.Text.Json;
using DbSync.Testing;
using DbSync.Testing.Databases;
using static DbSync.EndToEnd.Tests.ToolOutput;

namespace DbSync.EndToEnd.Tests;

/// <summary>The JSON scenarios on an SQLite file, and the commands whose JSON needs no server: validate, and check (the sample model is SQLite's).</summary>
public sealed class SqliteJsonOutputScenarios : JsonOutputScenarios
{
    protected override Task<TestDatabase> CreateDatabaseAsync(TempDirectory directory) =>
        Task.FromResult<TestDatabase>(new SqliteTestDatabase(directory.Path, "inventory-json.sqlite"));

    [Fact]
    public async Task Validate_lists_each_finding_with_its_code_and_place_in_JSON()
    {
        await using var workspace = await NewWorkspaceAsync();
        workspace.WriteScript("006_gap_default_upgrade.sql", "CREATE TABLE gap (id INTEGER);\n");

        var result = await workspace.RunCheckedAsync("validate", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Stdout);
        JsonElement root = document.RootElement;
        Assert.Equal(workspace.RepositoryPath, root.GetProperty("repository").GetString());
        Assert.True(root.GetProperty("errors").GetInt32() >= 1);
        JsonElement gap = root.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString() == "DBS003");
        Assert.Equal("error", gap.GetProperty("severity").GetString());
        Assert.EndsWith("006_gap_default_upgrade.sql", gap.GetProperty("file").GetString());
        Assert.Equal(0, gap.GetProperty("line").GetInt32());
        Assert.Contains("version 5", gap.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Check_says_whether_the_model_matches_in_JSON_with_the_differences()
    {
        await using var workspace = await NewWorkspaceAsync();

        JsonElement matches = Json(await workspace.RunCheckedAsync("check", "--format", "json"));
        File.AppendAllText(Path.Combine(workspace.RepositoryPath, "model.sql"), "\nCREATE TABLE ports (id INTEGER PRIMARY KEY);\n");
        var differs = await workspace.RunCheckedAsync("check", "--format", "json");

        Assert.True(matches.GetProperty("matches").GetBoolean());
        Assert.Equal(4, matches.GetProperty("latestVersion").GetInt64());
        Assert.Empty(matches.GetProperty("differences").EnumerateArray());
        Assert.Equal(1, differs.ExitCode);
        using var document = JsonDocument.Parse(differs.Stdout);
        Assert.False(document.RootElement.GetProperty("matches").GetBoolean());
        Assert.Contains(document.RootElement.GetProperty("differences").EnumerateArray(), d => d.GetString()!.Contains("ports", StringComparison.Ordinal));
    }
}
