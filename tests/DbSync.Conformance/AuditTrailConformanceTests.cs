using System.Globalization;
using System.Security.Cryptography;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.Repositories;

namespace DbSync.Conformance;

/// <summary>
/// The audit trail (dbsync_history) on every dialect, through the engine's library API: a row per version applied,
/// reverted, failed or stamped, written with the version row; an edited applied script caught by verify and refused by
/// upgrade; a database without the trail (sqlalchemy-migrate's) left as it was. Rows are read with the database's own
/// driver, checksums computed here with SHA-256 of the file, never with DbSync's code.
/// </summary>
public abstract class AuditTrailConformanceTests
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_version_applied_or_reverted_gets_one_row_with_its_script_checksum_time_duration_user_and_tool()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        string first = repository.Write(1, "users", "upgrade", "CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50));\r\nINSERT INTO users VALUES (1, 'ada');\r\n");
        repository.Write(1, "users", "downgrade", "DROP TABLE users;\n");
        string second = repository.Write(2, "ports", "upgrade", "CREATE TABLE ports (id INTEGER NOT NULL PRIMARY KEY);\nCREATE INDEX ix_users_name ON users (name);\n");
        string down = repository.Write(2, "ports", "downgrade", "DROP TABLE ports;\nDROP INDEX ix_users_name" + (database.Name == "mariadb" ? " ON users" : string.Empty) + ";\n");
        DateTime before = DateTime.UtcNow.AddSeconds(-1);

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);
        await repository.Migrator(database.Url).DowngradeAsync(1, Token);

        var versions = await database.ColumnAsync("SELECT version FROM dbsync_history ORDER BY id");
        var directions = await database.ColumnAsync("SELECT direction FROM dbsync_history ORDER BY id");
        var scripts = await database.ColumnAsync("SELECT script FROM dbsync_history ORDER BY id");
        var checksums = await database.ColumnAsync("SELECT sha256 FROM dbsync_history ORDER BY id");
        Assert.Equal(["1", "2", "2"], versions);
        Assert.Equal(["upgrade", "upgrade", "downgrade"], directions);
        Assert.Equal([Path.GetFileName(first), Path.GetFileName(second), Path.GetFileName(down)], scripts);

        // The checksum of the text with LF endings: a CRLF checkout records what an LF one does.
        Assert.Equal([Sha256(File.ReadAllText(first).Replace("\r\n", "\n", StringComparison.Ordinal)), Sha256(File.ReadAllText(second)), Sha256(File.ReadAllText(down))], checksums);
        foreach (string appliedAt in await database.ColumnAsync("SELECT applied_at FROM dbsync_history"))
        {
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", appliedAt);
            DateTime at = DateTime.Parse(appliedAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            Assert.InRange(at, before, DateTime.UtcNow.AddSeconds(1));
        }

        Assert.All(await database.ColumnAsync("SELECT duration_ms FROM dbsync_history"), d => Assert.True(long.Parse(d, CultureInfo.InvariantCulture) >= 0, d));
        Assert.All(await database.ColumnAsync("SELECT os_user FROM dbsync_history"), u => Assert.Equal(Environment.UserName, u));
        Assert.All(await database.ColumnAsync("SELECT host FROM dbsync_history"), h => Assert.Equal(Environment.MachineName, h));
        Assert.All(await database.ColumnAsync("SELECT tool_version FROM dbsync_history"), v => Assert.False(string.IsNullOrWhiteSpace(v)));
        Assert.All(await database.ColumnAsync("SELECT CASE WHEN success THEN 'ok' ELSE 'failed' END FROM dbsync_history"), s => Assert.Equal("ok", s));

        // migrate_version stays sqlalchemy-migrate's: the same three columns, one row.
        Assert.Equal([repository.RepositoryId + "|" + repository.Path + "|1"], await database.GetVersionRowsAsync());
        Assert.Equal(["migrate_version", "users"], await database.GetSchemaTablesAsync());
    }

    [Fact]
    public async Task A_failed_version_gets_a_row_with_success_false_and_the_version_row_stays()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "users", "upgrade", "CREATE TABLE users (id INTEGER);\n");
        string failing = repository.Write(2, "ports", "upgrade", "CREATE TABLE ports (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n");

        await Assert.ThrowsAsync<StatementFailedException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        Assert.Equal(1L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Equal(["1|upgrade|ok", "2|upgrade|failed"], await RowsAsync(database));
        Assert.Equal(Sha256(File.ReadAllText(failing)), (await database.ColumnAsync("SELECT sha256 FROM dbsync_history ORDER BY id"))[1]);

        // The applied statement as it was (a database without transactional DDL resumes after it), the failing one fixed.
        File.WriteAllText(failing, "CREATE TABLE ports (id INTEGER);\nINSERT INTO ports VALUES (1);\n");
        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(["1|upgrade|ok", "2|upgrade|failed", "2|upgrade|ok"], await RowsAsync(database));
    }

    [Fact]
    public async Task An_edited_applied_script_is_caught_by_verify_refused_by_upgrade_allowed_with_allow_changed_and_accepted_by_stamp()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        string edited = repository.Write(1, "users", "upgrade", "CREATE TABLE users (id INTEGER);\n");
        repository.Write(2, "ports", "upgrade", "CREATE TABLE ports (id INTEGER);\n");
        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);
        string recorded = Sha256(File.ReadAllText(edited));

        var clean = await repository.Migrator(database.Url).VerifyAsync(Token);
        File.AppendAllText(edited, "CREATE INDEX ix_users_id ON users (id);\n");
        repository.Write(3, "racks", "upgrade", "CREATE TABLE racks (id INTEGER);\n");
        var caught = await repository.Migrator(database.Url).VerifyAsync(Token);
        var refused = await Assert.ThrowsAsync<DbSyncException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        Assert.Equal((2L, 2, 0, 0), (clean.Version, clean.Verified, clean.Unrecorded, clean.Changed.Count));
        ChangedScript changed = Assert.Single(caught.Changed);
        Assert.Equal((1L, Path.GetFileName(edited), edited), (changed.Version, changed.FileName, changed.Path));
        Assert.Equal((recorded, Sha256(File.ReadAllText(edited))), (changed.Recorded.Sha256, changed.CurrentSha256));
        Assert.Equal(ErrorCodes.AppliedScriptChanged, refused.Code);
        Assert.Equal(edited, refused.Location?.File);
        Assert.DoesNotContain('\n', refused.Message);
        Assert.Contains(Path.GetFileName(edited) + " (version 1) changed since it was applied: sha256 " + recorded[..12], refused.Message);
        Assert.Equal(2L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.DoesNotContain("racks", await database.GetTablesAsync());

        var observer = new RecordingObserver();
        await repository.Migrator(database.Url, observer, allowChanged: true).UpgradeAsync(cancellationToken: Token);
        Assert.Contains(observer.Lines, l => l.StartsWith("warning: " + Path.GetFileName(edited) + " (version 1) changed", StringComparison.Ordinal));
        Assert.Equal(3L, await database.GetVersionAsync(repository.RepositoryId));
        Assert.Single((await repository.Migrator(database.Url).VerifyAsync(Token)).Changed);

        await repository.Migrator(database.Url).StampAsync(3, Token);

        var accepted = await repository.Migrator(database.Url).VerifyAsync(Token);
        Assert.Equal((3, 0), (accepted.Verified, accepted.Changed.Count));
        Assert.Equal(["1|stamp|ok", "3|stamp|ok"], (await RowsAsync(database)).Skip(3));
        Assert.Equal(Sha256(File.ReadAllText(edited)), (await database.ColumnAsync("SELECT sha256 FROM dbsync_history WHERE direction = 'stamp' ORDER BY id"))[0]);
    }

    [Fact]
    public async Task A_database_upgraded_without_the_trail_has_no_rows_for_those_versions_and_only_new_versions_are_recorded()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        repository.Write(1, "users", "upgrade", "CREATE TABLE users (id INTEGER);\n");
        repository.Write(2, "ports", "upgrade", "CREATE TABLE ports (id INTEGER);\n");

        // As sqlalchemy-migrate leaves it: its version table, the schema, no dbsync_history.
        await database.ExecuteAsync("CREATE TABLE migrate_version (repository_id VARCHAR(250) NOT NULL, repository_path TEXT, version INTEGER, PRIMARY KEY (repository_id))");
        await database.ExecuteAsync("INSERT INTO migrate_version VALUES ('" + repository.RepositoryId + "', 'old/path', 1)");
        await database.ExecuteAsync("CREATE TABLE users (id INTEGER)");

        var history = await repository.Migrator(database.Url).GetHistoryAsync(Token);
        var verified = await repository.Migrator(database.Url).VerifyAsync(Token);

        Assert.All(history.Entries, e => Assert.Null(e.Record));
        Assert.Equal((1L, 0, 1, 0), (verified.Version, verified.Verified, verified.Unrecorded, verified.Changed.Count));
        Assert.DoesNotContain("dbsync_history", await database.GetTablesAsync());

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(["2|upgrade|ok"], await RowsAsync(database));
        Assert.Equal([repository.RepositoryId + "|old/path|2"], await database.GetVersionRowsAsync());
        var after = await repository.Migrator(database.Url).GetHistoryAsync(Token);
        Assert.Equal([false, true], after.Entries.Select(e => e.Record != null));
    }

    [Fact]
    public async Task Concurrent_upgrades_write_exactly_one_row_per_version()
    {
        await using var database = await CreateDatabaseAsync();
        using var repository = new ScriptRepository();
        const int Versions = 8;
        for (int v = 1; v <= Versions; v++)
        {
            repository.Write(v, "t" + v, "upgrade", "CREATE TABLE t" + v + " (id INTEGER);\nINSERT INTO t" + v + " VALUES (" + v + ");\n");
        }

        var runs = Enumerable.Range(0, 3).Select(_ => Task.Run(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token), Token)).ToList();
        await Task.WhenAll(runs);

        Assert.Equal(Enumerable.Range(1, Versions).Select(v => v + "|upgrade|ok"), await RowsAsync(database));
    }

    /// <summary>"version|direction|ok" per row, in the order written.</summary>
    private static async Task<IReadOnlyList<string>> RowsAsync(TestDatabase database)
    {
        var versions = await database.ColumnAsync("SELECT version FROM dbsync_history ORDER BY id");
        var directions = await database.ColumnAsync("SELECT direction FROM dbsync_history ORDER BY id");
        var outcomes = await database.ColumnAsync("SELECT CASE WHEN success THEN 'ok' ELSE 'failed' END FROM dbsync_history ORDER BY id");
        return versions.Select((v, i) => v + "|" + directions[i] + "|" + outcomes[i]).ToList();
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
