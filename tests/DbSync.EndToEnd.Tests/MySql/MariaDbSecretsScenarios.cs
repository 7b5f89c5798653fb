using System.Globalization;
using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.MariaDb;

namespace DbSync.EndToEnd.Tests.MySql;

/// <summary>
/// Every command, with and without --debug, through successes and failures (a wrong password, an unknown database, a
/// failing statement, an unreachable server), with a recognisable password in the URL, plain and percent-encoded: the
/// password appears in no output and no file DbSync writes. Redaction is by structure, so a password that is a word of
/// the driver's own message leaves that message whole.
/// </summary>
public sealed class MariaDbSecretsScenarios
{
    /// <summary>Recognisable, and with characters a URL must percent-encode.</summary>
    private const string Secret = "Sw0rdf1sh-7@:/%q";

    [Fact]
    public async Task No_command_ever_shows_the_password_in_output_or_written_files()
    {
        var server = await MariaDbServer.GetOrSkipAsync();
        await using var database = await MariaDbTestDatabase.CreateAsync();
        await using var empty = await MariaDbTestDatabase.CreateAsync();
        string user = "secret_" + Guid.NewGuid().ToString("N")[..8];
        await server.ExecuteAdminAsync("CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + Secret + "'; GRANT ALL PRIVILEGES ON *.* TO '" + user + "'@'127.0.0.1'");
        string encoded = Uri.EscapeDataString(Secret);
        string Url(string password, string db) => "mysql+pymysql://" + user + ":" + password + "@127.0.0.1:" + server.Port.ToString(CultureInfo.InvariantCulture) + "/" + db;

        using var directory = new TempDirectory("dbsync-secrets");
        var tool = await PackedTool.GetAsync();
        directory.Write("migrations/migrate.cfg", "[db_settings]\nrepository_id=secrets\n[dbsync]\nmodel = model.sql\n");
        directory.Write("migrations/versions/001_items_default_upgrade.sql", "CREATE TABLE items (id INT NOT NULL PRIMARY KEY);\n");
        directory.Write("migrations/versions/001_items_default_downgrade.sql", "DROP TABLE items;\n");
        directory.Write("migrations/model.sql", "CREATE TABLE items (id INT NOT NULL PRIMARY KEY);\nCREATE TABLE ports (id INT NOT NULL PRIMARY KEY);\n");
        string good = directory.Write("good.conf", "[database]\nconnection = " + Url(encoded, database.DatabaseName) + "\n[dbsync]\nrepository = migrations\n");
        string fresh = directory.Write("fresh.conf", "[database]\nconnection = " + Url(encoded, empty.DatabaseName) + "\n[dbsync]\nrepository = migrations\n");
        string wrong = directory.Write("wrong.conf", "[database]\nconnection = " + Url(Uri.EscapeDataString("Wrong" + Secret), database.DatabaseName) + "\n[dbsync]\nrepository = migrations\n");
        string unknown = directory.Write("unknown.conf", "[database]\nconnection = " + Url(encoded, "no_such_db") + "\n[dbsync]\nrepository = migrations\n");
        string gone = directory.Write("gone.conf", "[database]\nconnection = " + Url(encoded, "x").Replace(":" + server.Port.ToString(CultureInfo.InvariantCulture), ":1", StringComparison.Ordinal)
            + "?connect_timeout=2\n[dbsync]\nrepository = migrations\n");

        var commands = new List<string[]>
        {
            new[] { "version" }, new[] { "history" }, new[] { "upgrade" }, new[] { "check" }, new[] { "revision", "-m", "more", "--autogenerate" },
            new[] { "upgrade" }, new[] { "downgrade", "--revision", "1" }, new[] { "stamp", "--revision", "head" }, new[] { "revision", "-m", "plain" },
            new[] { "validate" }, new[] { "hash" },
        };
        var runs = new List<ProcessResult>();
        foreach (bool debug in new[] { false, true })
        {
            foreach (string config in new[] { good, wrong, unknown, gone })
            {
                foreach (string[] command in commands)
                {
                    string[] args = ["--config-file", config, .. (debug ? new[] { "--debug" } : []), .. command];
                    runs.Add(await tool.RunAsync(directory.Path, args));
                }
            }

            runs.Add(await tool.RunAsync(directory.Path, ["--config-file", fresh, .. (debug ? new[] { "--debug" } : []), "create_schema"]));
        }

        // A failing statement, with the password in the URL.
        directory.Write("migrations/versions/900_bad_default_upgrade.sql", "CREATE TABEL broken (id INT);\n");
        runs.Add(await tool.RunAsync(directory.Path, ["--config-file", good, "--debug", "upgrade"]));

        Assert.Contains(runs, r => r.ExitCode == 0);
        Assert.Contains(runs, r => r.Stderr.Contains("Access denied", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Stderr.Contains("no_such_db", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Stderr.Contains("error DBS103", StringComparison.Ordinal));
        foreach (ProcessResult run in runs)
        {
            Assert.DoesNotContain(Secret, run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(encoded, run.Output, StringComparison.Ordinal);
        }

        foreach (string file in Directory.GetFiles(directory.Path, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".conf", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(file);
            Assert.False(text.Contains(Secret, StringComparison.Ordinal) || text.Contains(encoded, StringComparison.Ordinal), file + " holds the password");
        }
    }

    [Fact]
    public async Task A_password_that_is_a_word_of_the_drivers_message_leaves_the_message_whole()
    {
        var server = await MariaDbServer.GetOrSkipAsync();
        using var directory = new TempDirectory("dbsync-secret-word");
        var tool = await PackedTool.GetAsync();
        directory.Write("migrations/migrate.cfg", "[db_settings]\nrepository_id=word\n");
        directory.Write("migrations/versions/001_a_default_upgrade.sql", "CREATE TABLE a (id INT);\n");
        string config = directory.Write("app.conf", "[database]\nconnection = mysql+pymysql://nobody:connect@127.0.0.1:" + server.Port.ToString(CultureInfo.InvariantCulture)
            + "/no_such_db\n[dbsync]\nrepository = migrations\n");

        var result = await tool.RunAsync(directory.Path, ["--config-file", config, "--debug", "version"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot connect to the MySQL server at 127.0.0.1:" + server.Port.ToString(CultureInfo.InvariantCulture) + " as nobody", result.Stderr);
        Assert.DoesNotContain("***", result.Stderr.Replace(":***@", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(":connect@", result.Output, StringComparison.Ordinal);
    }
}
