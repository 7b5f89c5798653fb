using System.Globalization;
using System.Text.Json;
using DbSync.Testing.MariaDb;
using static DbSync.EndToEnd.Tests.Fleets.FleetWorkspace;

namespace DbSync.EndToEnd.Tests.Fleets;

/// <summary>
/// A fleet of 50 MariaDB databases on the test session's server, through URLs that carry the test user's password:
/// migrated in one run four at a time, the broken one failing alone, then read back through [fleet] query and template.
/// The password shows in no output, --debug included.
/// </summary>
public sealed class MariaDbFleetScenarios
{
    private const int Size = 50;

    [Fact]
    public async Task Fifty_databases_migrate_four_at_a_time_the_broken_one_fails_alone_and_no_password_is_printed()
    {
        var server = await MariaDbServer.GetOrSkipAsync();
        using var workspace = await CreateAsync("dbsync-fleet-mariadb");
        workspace.Secrets.Add(MariaDbServer.Password);
        string prefix = "fleet_" + Guid.NewGuid().ToString("N")[..8] + "_";
        var names = Enumerable.Range(1, Size).Select(i => prefix + Number(i)).ToList();
        string port = server.Port.ToString(CultureInfo.InvariantCulture);
        string Url(string name) => "mysql+pymysql://" + MariaDbServer.User + ":" + Uri.EscapeDataString(MariaDbServer.Password) + "@127.0.0.1:" + port + "/" + name;
        string Shown(string name) => "mysql+pymysql://" + MariaDbServer.User + "@127.0.0.1:" + port + "/" + name;
        await server.ExecuteAdminAsync(string.Concat(names.Select(n => "CREATE DATABASE `" + n + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;"))
            + "CREATE DATABASE `" + prefix + "catalog` CHARACTER SET utf8mb4;");
        try
        {
            string broken = names[22];
            await using (var connection = await server.OpenAsync(broken))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = BreakingSql;
                await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }

            string fleet = workspace.WriteFleet("tenants.txt", names.Select(Url));

            var run = await workspace.RunAsync("upgrade", "--fleet", fleet, "--parallel", "4");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(Size, Rows(run).Count);
            Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(Shown(broken)) + @" +0 +1 +[0-9.]+ m?s +FAILED \(DBS103\)$", Row(run, Shown(broken)));
            Assert.Matches(@"50 databases in [0-9.]+ m?s \([0-9.]+ databases/s, 4 at a time\): 49 upgraded, 1 failed\.", run.Stdout);
            Assert.Contains("error DBS121: 1 of 50 databases failed (" + Shown(broken) + ")", run.Stderr);

            // Read back through the catalog: [fleet] query on the source, the template carrying the password.
            await using (var catalog = await server.OpenAsync(prefix + "catalog"))
            {
                await using var command = catalog.CreateCommand();
                command.CommandText = "CREATE TABLE tenants (name VARCHAR(64)); INSERT INTO tenants VALUES " + string.Join(", ", names.Select(n => "('" + n + "')"));
                await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }

            string config = workspace.Directory.Write("fleet.conf", "[fleet]\nsource = " + Url(prefix + "catalog") + "\nquery = SELECT name FROM tenants\ntemplate = "
                + Url("{name}") + "\n");
            var version = await workspace.RunAsync("--config-file", config, "version", "--parallel", "4", "--format", "json");
            var debug = await workspace.RunAsync("--config-file", config, "--debug", "check", "--parallel", "4");

            ToolOutput.AssertSuccess(version);
            using var document = JsonDocument.Parse(version.Stdout);
            var entries = Entries(document);
            Assert.Equal(Size, entries.Count);
            Assert.Equal(49, entries.Values.Count(e => e.GetProperty("status").GetString() == "upToDate" && e.GetProperty("version").GetInt64() == 4));
            // MySQL commits DDL as it goes: version 2 stopped after its first statement, and a rerun resumes there.
            Assert.Equal("partlyApplied", entries[Shown(broken)].GetProperty("status").GetString());
            Assert.Equal(1, entries[Shown(broken)].GetProperty("version").GetInt64());
            Assert.Equal(1, entries[Shown(broken)].GetProperty("incomplete").GetProperty("appliedStatements").GetInt32());
            Assert.Equal("[fleet] query on " + Shown(prefix + "catalog"), document.RootElement.GetProperty("fleet").GetString());
            Assert.Equal(1, debug.ExitCode);
            Assert.Contains("debug: " + Shown(names[0]) + ": connecting to ", debug.Stderr);
            Assert.Contains("1 database not at the latest version", debug.Stderr);
        }
        finally
        {
            await server.ExecuteAdminAsync(string.Concat(names.Append(prefix + "catalog").Select(n => "DROP DATABASE IF EXISTS `" + n + "`;")));
        }
    }
}
