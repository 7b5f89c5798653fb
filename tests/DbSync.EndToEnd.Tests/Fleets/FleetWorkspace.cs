using System.Globalization;
using System.Text.Json;
using DbSync.Testing;

namespace DbSync.EndToEnd.Tests.Fleets;

/// <summary>
/// A temp folder with the sample inventory repository, a fleet file of database URLs, and the packed tool run there.
/// Every run is checked for what must hold always: no password of any fleet URL in the output, no stack trace.
/// </summary>
public sealed class FleetWorkspace : IDisposable
{
    public const string RepositoryId = "inventory";

    /// <summary>Makes the inventory sample fail at version 2 ("table stock already exists") after applying version 1.</summary>
    public const string BreakingSql =
        "CREATE TABLE migrate_version (repository_id VARCHAR(250) NOT NULL PRIMARY KEY, repository_path TEXT, version INTEGER);"
        + " INSERT INTO migrate_version VALUES ('inventory', 'migrations', 0); CREATE TABLE stock (id INTEGER);";

    private FleetWorkspace(TempDirectory directory, PackedTool tool)
    {
        Directory = directory;
        Tool = tool;
    }

    public TempDirectory Directory { get; }

    public PackedTool Tool { get; }

    /// <summary>Passwords no output may show (as written and percent-encoded).</summary>
    public List<string> Secrets { get; } = [];

    public static async Task<FleetWorkspace> CreateAsync(string prefix)
    {
        var directory = new TempDirectory(prefix);
        Workspace.CopyDirectory(RepositoryRoot.Combine("samples", "inventory", "migrations"), directory.Combine("migrations"));
        return new FleetWorkspace(directory, await PackedTool.GetAsync());
    }

    /// <summary>Writes <paramref name="urls"/> as a fleet file, with a comment and a blank line, and returns its path.</summary>
    public string WriteFleet(string name, IEnumerable<string> urls) =>
        Directory.Write(name, "# tenants, one database URL per line\n\n" + string.Join("\n", urls) + "\n");

    /// <summary>
    /// A fleet file of <paramref name="size"/> SQLite files tenants/t001.db and on, where t<paramref name="broken"/>.db
    /// already holds what makes version 2 fail (<see cref="BreakingSql"/>); returns the file's path.
    /// </summary>
    public async Task<string> WriteSqliteFleetAsync(int size, int broken)
    {
        string tenants = Directory.Combine("tenants");
        System.IO.Directory.CreateDirectory(tenants);
        await using (var database = new Testing.Databases.SqliteTestDatabase(tenants, "t" + Number(broken) + ".db"))
        {
            await database.ExecuteAsync(BreakingSql);
        }

        return WriteFleet("tenants.txt", Enumerable.Range(1, size).Select(i => "sqlite:///tenants/t" + Number(i) + ".db"));
    }

    /// <summary>Runs `dotnet dbsync --repository migrations args` in the workspace.</summary>
    public async Task<ProcessResult> RunAsync(params string[] args)
    {
        var result = await Tool.RunAsync(Directory.Path, ["--repository", "migrations", .. args]);
        foreach (string secret in Secrets)
        {
            Assert.DoesNotContain(secret, result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(secret), result.Output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        return result;
    }

    /// <summary>The summary table's row of <paramref name="database"/> (the line that starts with its name and ends in a status).</summary>
    public static string Row(ProcessResult result, string database)
    {
        int table = result.Stdout.IndexOf("\ndatabase ", StringComparison.Ordinal);
        Assert.True(table >= 0, "no summary table:\n" + result);
        return Assert.Single(ToolOutput.Lines(result.Stdout[(table + 1)..]), l => l.StartsWith(database + " ", StringComparison.Ordinal));
    }

    /// <summary>The summary table's rows (between its header and the first blank line).</summary>
    public static IReadOnlyList<string> Rows(ProcessResult result)
    {
        int table = result.Stdout.IndexOf("\ndatabase ", StringComparison.Ordinal);
        Assert.True(table >= 0, "no summary table:\n" + result);
        return ToolOutput.Lines(result.Stdout[(table + 1)..]).Skip(1).TakeWhile(l => l.Length > 0).ToList();
    }

    /// <summary>The fleet's JSON document: status by database name.</summary>
    public static Dictionary<string, JsonElement> Entries(JsonDocument document) =>
        document.RootElement.GetProperty("databases").EnumerateArray().ToDictionary(e => e.GetProperty("database").GetString()!, e => e.Clone());

    public static string Number(int i) => i.ToString("000", CultureInfo.InvariantCulture);

    public void Dispose() => Directory.Dispose();
}
