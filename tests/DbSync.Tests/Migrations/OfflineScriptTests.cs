using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Testing;
using DbSync.Testing.Repositories;

namespace DbSync.Tests.Migrations;

/// <summary>
/// Offline scripts (upgrade --sql): what the engine writes per version, where it starts, what it refuses, and the
/// dialect bits (SQLite's transaction per version, MySQL's character set and DELIMITER) on real SQLite files and
/// MySQL URLs it never connects to.
/// </summary>
public sealed class OfflineScriptTests : IDisposable
{
    private readonly ScriptRepository _repository = new("offline");
    private readonly TempDirectory _directory = new("dbsync-offline");

    private string SqliteUrl => "sqlite:///" + _directory.Combine("offline.db");

    /// <summary>Nothing listens on port 1: a script written for it proves nothing connected.</summary>
    private const string MySqlUrl = "mysql+pymysql://app:secret@127.0.0.1:1/app";

    public void Dispose()
    {
        _repository.Dispose();
        _directory.Dispose();
    }

    private static async Task<(string Script, OfflineScriptResult Result)> UpgradeScriptAsync(Migrator migrator, RevisionTarget target, OfflineScriptStart? from)
    {
        using var output = new StringWriter { NewLine = "\n" };
        var result = await migrator.WriteUpgradeScriptAsync(output, target, from, TestContext.Current.CancellationToken);
        return (output.ToString(), result);
    }

    [Fact]
    public async Task An_SQLite_script_from_base_creates_the_version_row_then_runs_each_version_in_a_transaction_with_its_update()
    {
        _repository.Write(1, "items", "upgrade", "CREATE TABLE items (id INTEGER PRIMARY KEY);\n");
        _repository.Write(2, "names", "upgrade", "-- names\nALTER TABLE items ADD COLUMN name TEXT;\nINSERT INTO items (id, name) VALUES (1, 'a;b');\n");

        var (script, result) = await UpgradeScriptAsync(_repository.Migrator(SqliteUrl), RevisionTarget.To(2), OfflineScriptStart.Base);

        Assert.Equal(
            "-- DbSync offline script: upgrade of repository 'offline' from version 0 to 2 (sqlite), 2 versions.\n"
            + "-- For a database not under version control: it first creates the version row, as a run does.\n"
            + "-- Run it with the database's own client, stopping at the first error.\n"
            + "\n"
            + "-- DbSync's audit trail (dbsync_history): one row per version, as a run records it.\n"
            + "CREATE TABLE IF NOT EXISTS dbsync_history (id INTEGER PRIMARY KEY, repository_id VARCHAR(250) NOT NULL, version BIGINT NOT NULL,"
            + " direction VARCHAR(16) NOT NULL, script VARCHAR(255) NULL, sha256 CHAR(64) NULL, applied_at VARCHAR(32) NOT NULL, duration_ms BIGINT NULL,"
            + " os_user VARCHAR(128) NULL, host VARCHAR(255) NULL, tool_version VARCHAR(64) NULL, success BOOLEAN NOT NULL);\n"
            + "\n"
            + "-- Put the database under version control at version 0.\n"
            + "BEGIN;\n"
            + "CREATE TABLE IF NOT EXISTS \"migrate_version\" (repository_id VARCHAR(250) NOT NULL, repository_path TEXT, version INTEGER, PRIMARY KEY (repository_id));\n"
            + "INSERT INTO \"migrate_version\" (repository_id, repository_path, version) VALUES ('offline', '" + _repository.Path + "', 0);\n"
            + "COMMIT;\n"
            + "\n"
            + "-- Version 1 (0 -> 1): 001_items_default_upgrade.sql\n"
            + "BEGIN;\n"
            + "CREATE TABLE items (id INTEGER PRIMARY KEY);\n"
            + "UPDATE \"migrate_version\" SET version = 1 WHERE repository_id = 'offline' AND version = 0;\n"
            + HistoryInsert("'offline'", 1, "001_items_default_upgrade.sql", "'", SqliteNow)
            + "COMMIT;\n"
            + "\n"
            + "-- Version 2 (1 -> 2): 002_names_default_upgrade.sql\n"
            + "BEGIN;\n"
            + "ALTER TABLE items ADD COLUMN name TEXT;\n"
            + "INSERT INTO items (id, name) VALUES (1, 'a;b');\n"
            + "UPDATE \"migrate_version\" SET version = 2 WHERE repository_id = 'offline' AND version = 1;\n"
            + HistoryInsert("'offline'", 2, "002_names_default_upgrade.sql", "'", SqliteNow)
            + "COMMIT;\n",
            script);
        Assert.Equal((0L, 2L, 2, true), (result.StartVersion, result.EndVersion, result.Steps.Count, result.CreatesVersionTable));
    }

    [Fact]
    public async Task Without_a_start_it_reads_the_version_and_an_absent_SQLite_file_is_base_and_stays_absent()
    {
        _repository.Write(1, "items", "upgrade", "CREATE TABLE items (id INTEGER PRIMARY KEY);\n");

        var (script, result) = await UpgradeScriptAsync(_repository.Migrator(SqliteUrl), RevisionTarget.To(1), null);

        Assert.True(result.CreatesVersionTable);
        Assert.Contains("CREATE TABLE IF NOT EXISTS \"migrate_version\"", script);
        Assert.False(File.Exists(_directory.Combine("offline.db")));
    }

    [Fact]
    public async Task Without_a_start_a_database_at_a_version_gets_the_steps_from_there_and_is_not_changed()
    {
        _repository.Write(1, "items", "upgrade", "CREATE TABLE items (id INTEGER PRIMARY KEY);\n");
        _repository.Write(2, "more", "upgrade", "CREATE TABLE more (id INTEGER PRIMARY KEY);\n");
        _repository.Write(3, "most", "upgrade", "CREATE TABLE most (id INTEGER PRIMARY KEY);\n");
        var migrator = _repository.Migrator(SqliteUrl);
        await migrator.UpgradeAsync(1, TestContext.Current.CancellationToken);

        var (script, result) = await UpgradeScriptAsync(migrator, RevisionTarget.By(1), null);

        Assert.Equal((1L, 2L, false), (result.StartVersion, result.EndVersion, result.CreatesVersionTable));
        Assert.DoesNotContain("migrate_version\" (", script);
        Assert.Contains("-- Version 2 (1 -> 2): 002_more_default_upgrade.sql\n", script);
        Assert.DoesNotContain("most", script);
        Assert.Equal(1, await migrator.GetVersionAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_database_with_tables_but_no_version_row_is_refused_as_upgrade_refuses_it()
    {
        _repository.Write(1, "items", "upgrade", "CREATE TABLE items (id INTEGER PRIMARY KEY);\n");
        using var other = new ScriptRepository("other");
        other.Write(1, "legacy", "upgrade", "CREATE TABLE legacy (id INTEGER);\n");

        // Another repository's run leaves a table and its own version row: this repository has none.
        await other.Migrator(SqliteUrl).UpgradeAsync(1, TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<NotUnderVersionControlException>(() =>
            UpgradeScriptAsync(_repository.Migrator(SqliteUrl), RevisionTarget.To(1), null));
    }

    [Fact]
    public async Task A_downgrade_script_moves_the_row_down_and_a_target_the_other_way_is_refused()
    {
        _repository.Write(1, "items", "upgrade", "CREATE TABLE items (id INTEGER PRIMARY KEY);\n");
        _repository.Write(1, "items", "downgrade", "DROP TABLE items;\n");
        var migrator = _repository.Migrator(SqliteUrl);
        using var output = new StringWriter { NewLine = "\n" };

        var result = await migrator.WriteDowngradeScriptAsync(output, RevisionTarget.To(0), OfflineScriptStart.At(1), TestContext.Current.CancellationToken);

        Assert.Equal((1L, 0L), (result.StartVersion, result.EndVersion));
        Assert.Contains("-- Downgrade of version 1 (1 -> 0): 001_items_default_downgrade.sql\nBEGIN;\nDROP TABLE items;\n"
            + "UPDATE \"migrate_version\" SET version = 0 WHERE repository_id = 'offline' AND version = 1;\n"
            + HistoryInsert("'offline'", 1, "001_items_default_downgrade.sql", "'", SqliteNow, "downgrade") + "COMMIT;\n", output.ToString());
        await Assert.ThrowsAsync<RevisionException>(() =>
            migrator.WriteDowngradeScriptAsync(TextWriter.Null, RevisionTarget.To(1), OfflineScriptStart.At(0), TestContext.Current.CancellationToken));
        var unknown = await Assert.ThrowsAsync<CommandLineException>(() =>
            migrator.WriteUpgradeScriptAsync(TextWriter.Null, RevisionTarget.To(1), OfflineScriptStart.At(7), TestContext.Current.CancellationToken));
        Assert.StartsWith("--from 7: unknown revision", unknown.Message);
    }

    [Fact]
    public async Task A_MySQL_script_from_a_version_connects_to_nothing_and_sets_the_character_set_without_transactions()
    {
        _repository.Write(1, "items", "upgrade", "CREATE TABLE items (id INTEGER PRIMARY KEY);\n");
        _repository.Write(2, "more", "upgrade", "CREATE TABLE more (id INTEGER PRIMARY KEY);\n");

        var (script, _) = await UpgradeScriptAsync(_repository.Migrator(MySqlUrl), RevisionTarget.To(2), OfflineScriptStart.At(1));

        Assert.Equal(
            "-- DbSync offline script: upgrade of repository 'offline' from version 1 to 2 (mysql), 1 version.\n"
            + "-- For a database at version 1 (migrate_version); the version row moves with each version.\n"
            + "-- Run it with the database's own client, stopping at the first error.\n"
            + "SET NAMES utf8mb4;\n"
            + "\n"
            + "-- DbSync's audit trail (dbsync_history): one row per version, as a run records it.\n"
            + "CREATE TABLE IF NOT EXISTS dbsync_history (id BIGINT NOT NULL AUTO_INCREMENT, repository_id VARCHAR(250) NOT NULL, version BIGINT NOT NULL,"
            + " direction VARCHAR(16) NOT NULL, script VARCHAR(255) NULL, sha256 CHAR(64) NULL, applied_at VARCHAR(32) NOT NULL, duration_ms BIGINT NULL,"
            + " os_user VARCHAR(128) NULL, host VARCHAR(255) NULL, tool_version VARCHAR(64) NULL, success BOOLEAN NOT NULL, PRIMARY KEY (id))"
            + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;\n"
            + "\n"
            + "-- Version 2 (1 -> 2): 002_more_default_upgrade.sql\n"
            + "CREATE TABLE more (id INTEGER PRIMARY KEY);\n"
            + "UPDATE `migrate_version` SET version = 2 WHERE repository_id = 'offline' AND version = 1;\n"
            + HistoryInsert(MySqlHex("offline"), 2, "002_more_default_upgrade.sql", null, MySqlNow),
            script);
    }

    [Fact]
    public async Task A_repository_id_with_a_quote_is_a_literal_each_dialect_reads_back_as_written()
    {
        using var quoted = new ScriptRepository("o'neil");
        quoted.Write(1, "items", "upgrade", "CREATE TABLE items (id INTEGER PRIMARY KEY);\n");

        var (sqlite, _) = await UpgradeScriptAsync(quoted.Migrator(SqliteUrl), RevisionTarget.To(1), OfflineScriptStart.At(0));
        var (mysql, _) = await UpgradeScriptAsync(quoted.Migrator(MySqlUrl), RevisionTarget.To(1), OfflineScriptStart.At(0));

        Assert.Contains("WHERE repository_id = 'o''neil' AND version = 0;", sqlite);

        // Under any sql_mode (NO_BACKSLASH_ESCAPES or not): the UTF-8 bytes as hex, as the engine's own statements write values.
        Assert.Contains("WHERE repository_id = CONVERT(X'6F276E65696C' USING utf8mb4) AND version = 0;", mysql);
    }

    [Fact]
    public async Task A_MySQL_routine_with_semicolons_in_its_body_is_written_under_a_delimiter_the_client_does_not_cut()
    {
        _repository.Write(1, "audit", "upgrade",
            "CREATE TABLE t (n INT);\n"
            + "DELIMITER //\nCREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  SET NEW.n = NEW.n + 1;\n  SET NEW.n = NEW.n * 2;\nEND//\n"
            + "CREATE PROCEDURE p() BEGIN SELECT '$$'; SELECT 1; END//\nDELIMITER ;\n"
            + "INSERT INTO t VALUES (1) -- one;\n;\n");

        var (script, _) = await UpgradeScriptAsync(_repository.Migrator(MySqlUrl), RevisionTarget.To(1), OfflineScriptStart.At(0));

        Assert.Contains(
            "CREATE TABLE t (n INT);\n"
            + "DELIMITER $$\nCREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  SET NEW.n = NEW.n + 1;\n  SET NEW.n = NEW.n * 2;\nEND\n$$\nDELIMITER ;\n"
            + "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT '$$'; SELECT 1; END\n//\nDELIMITER ;\n"
            + "INSERT INTO t VALUES (1) -- one;\n;\n"
            + "UPDATE `migrate_version`",
            script);
    }

    private const string SqliteNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    private const string MySqlNow = "CONCAT(LEFT(DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%dT%H:%i:%s.%f'), 23), 'Z')";

    /// <summary>The audit-trail row an offline script writes after a version's update: the script's SHA-256 (computed here), the client's clock, no duration, user or host.</summary>
    private string HistoryInsert(string repository, long version, string script, string? quote, string now, string direction = "upgrade")
    {
        string Text(string value) => quote == null ? MySqlHex(value) : quote + value.Replace("'", "''", StringComparison.Ordinal) + quote;
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_repository.VersionsPath, script))));
        return "INSERT INTO dbsync_history (repository_id, version, direction, script, sha256, applied_at, duration_ms, os_user, host, tool_version, success) VALUES ("
            + repository + ", " + version + ", " + Text(direction) + ", " + Text(script) + ", " + Text(sha) + ", " + now + ", NULL, NULL, NULL, "
            + Text(DbSync.Versioning.AuditTrail.EngineVersion + " (offline script)") + ", TRUE);\n";
    }

    private static string MySqlHex(string value) => "CONVERT(X'" + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(value)) + "' USING utf8mb4)";
}
