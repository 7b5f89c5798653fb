using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Migrations;
using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.Repositories;

namespace DbSync.MySql.Tests;

/// <summary>
/// The lease lock on a single MariaDB server, forced with the URL's lock_mode=lease (other multi-primary setups): the
/// same code as on a Galera node, where it is the default (tests in Galera/).
/// </summary>
public sealed class MySqlLeaseLockTests
{
    private static string Leased(MariaDbTestDatabase database) => database.Url + "?lock_mode=lease";

    [Fact]
    public async Task A_waiting_run_names_the_holder_of_the_lease_and_its_expiry_and_gives_up_after_the_lock_timeout()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository("leased_repo");
        repository.Write(1, "t", "upgrade", "CREATE TABLE t (id INT);");
        string name = MySqlDialect.RunLockName(database.DatabaseName, "leased_repo");
        await database.ExecuteAsync("CREATE TABLE dbsync_lock (name VARCHAR(64) NOT NULL PRIMARY KEY, holder VARCHAR(255) NULL, taken_at DATETIME(6) NULL,"
            + " expires DATETIME(6) NULL, previous_holder VARCHAR(255) NULL, previous_expires DATETIME(6) NULL)");
        await database.ExecuteAsync("INSERT INTO dbsync_lock (name, holder, expires) VALUES ('" + name + "', 'dbsync on deploy-7 pid 4242', '2999-01-01 00:00:00')");

        var observer = new RecordingObserver();
        var error = await Assert.ThrowsAsync<DbSync.Core.Errors.DbSyncException>(() => repository.Migrator(Leased(database), observer, lockTimeout: TimeSpan.FromSeconds(1))
            .UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCodes.LockTimeout, error.Code);
        Assert.Contains("another run holds the lease '" + name + "' in dbsync_lock and did not finish within 1 s: dbsync on deploy-7 pid 4242, until 2999-01-01 00:00:00 UTC",
            error.Message);
        Assert.Contains("warning: waiting for the lease '" + name + "': dbsync on deploy-7 pid 4242 is migrating this database and holds it until 2999-01-01 00:00:00 UTC",
            observer.Text);
        Assert.DoesNotContain(MariaDbServerPassword, error.Message + observer.Text);
        Assert.Equal(["dbsync_lock"], await database.GetTablesAsync());
    }

    [Fact]
    public async Task The_lease_is_held_by_this_run_during_the_run_and_released_after_it()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository("lease_probe");
        repository.Write(1, "t", "upgrade", "CREATE TABLE held (holder VARCHAR(255), seconds_left INT);\n"
            + "INSERT INTO held SELECT holder, TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(6), expires) FROM dbsync_lock;");

        await repository.Migrator(Leased(database)).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        string holder = (string)(await database.ScalarAsync("SELECT holder FROM held"))!;
        Assert.Matches("^dbsync on .+ pid " + Environment.ProcessId + " since [0-9-]+ [0-9:]+ UTC \\(run [0-9a-f]{8}\\)$", holder);
        Assert.InRange(Convert.ToInt64(await database.ScalarAsync("SELECT seconds_left FROM held")), 50, 60);
        Assert.IsType<DBNull>(await database.ScalarAsync("SELECT holder FROM dbsync_lock"));
        // Neither the version table check ("not under version control") nor the sanity check sees DbSync's own table.
        Assert.Equal(1L, await database.GetVersionAsync("lease_probe"));
    }

    [Fact]
    public async Task Two_runs_started_at_once_with_the_lease_apply_each_version_once()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository("lease_race");
        repository.Write(1, "t", "upgrade", "CREATE TABLE work (v INT);\nINSERT INTO work VALUES (1);");
        repository.Write(2, "u", "upgrade", "INSERT INTO work VALUES (2);\nCREATE TABLE u (id INT);\nINSERT INTO work VALUES (2);");

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            repository.Migrator(Leased(database)).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken))));

        Assert.Equal(2, results.Sum(r => r.Steps.Count));
        Assert.Equal(3L, Convert.ToInt64(await database.ScalarAsync("SELECT COUNT(*) FROM work")));
    }

    [Fact]
    public async Task A_run_whose_lease_was_taken_over_stops_before_its_next_version()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository("lease_lost");
        repository.Write(1, "slow", "upgrade", "CREATE TABLE first (id INT);\nDO SLEEP(4);");
        repository.Write(2, "next", "upgrade", "CREATE TABLE second (id INT);");
        string name = MySqlDialect.RunLockName(database.DatabaseName, "lease_lost");
        var migrator = new Migrator(repository.Load(), DatabaseUrlParser.Parse(Leased(database), "test"), null,
            new MigrationOptions { LockLease = TimeSpan.FromSeconds(3) });

        var run = migrator.UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);
        await WaitForAsync(async () => await database.ScalarAsync("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'first'") is long and 1);
        // What a run that found the lease expired does (the clock of a stalled holder): it takes it over.
        await database.ExecuteAsync("UPDATE dbsync_lock SET holder = 'dbsync on other-host pid 7', expires = UTC_TIMESTAMP(6) + INTERVAL 60 SECOND WHERE name = '" + name + "'");
        var error = await Assert.ThrowsAsync<DbSync.Core.Errors.DbSyncException>(() => run);

        Assert.Equal(ErrorCodes.LeaseLost, error.Code);
        Assert.Contains("this run lost the lease '" + name + "' in dbsync_lock: it expired and dbsync on other-host pid 7 took it over; it stopped before its next version",
            error.Message);
        Assert.Equal(1L, await database.GetVersionAsync("lease_lost"));
        Assert.DoesNotContain("second", await database.GetTablesAsync());
        // The other run's lease is left alone.
        Assert.Equal("dbsync on other-host pid 7", await database.ScalarAsync("SELECT holder FROM dbsync_lock"));
    }

    private const string MariaDbServerPassword = DbSync.Testing.MariaDb.MariaDbServer.Password;

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "timed out waiting");
            await Task.Delay(50);
        }
    }
}
