using DbSync.Testing.Repositories;
using DbSync.Testing.Schema.RoundTrip;
using DbSync.Testing.Schema;
using DbSync.Testing;
using DbSync.Configuration;
using DbSync.Core.Repository;
using DbSync.Dialects;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.MySql;
using DbSync.Testing.Databases;

namespace DbSync.MySql.Tests;

public sealed class MySqlRunLockTests
{
    [Fact]
    public async Task A_run_waits_a_bounded_time_for_the_lock_of_another_run_and_names_it()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository("locked_repo");
        repository.Write(1, "t", "upgrade", "CREATE TABLE t (id INT);");
        string name = MySqlDialect.RunLockName(database.DatabaseName, "locked_repo");
        await using var holder = await database.HoldRunLockAsync("locked_repo");

        var url = DatabaseUrlParser.Parse(database.Url, "test");
        await using var session = await MySqlDialect.Instance.OpenAsync(url, readOnly: false, CancellationToken.None);
        session.LockTimeout = TimeSpan.FromSeconds(1);
        var observer = new RecordingObserver();
        session.Observer = observer;
        var error = await Assert.ThrowsAsync<DbSyncException>(() => session.RunLock!.AcquireAsync("locked_repo", CancellationToken.None));

        Assert.Contains("another run holds the lock '" + name + "' and did not finish within 1 s", error.Message);
        Assert.Equal(ErrorCodes.LockTimeout, error.Code);
        // Who holds it: the holder's connection id and account, as the server tells.
        Assert.Matches("^warning: waiting for the lock '" + System.Text.RegularExpressions.Regex.Escape(name) + "': connection [0-9]+ \\(dbsync@[^)]+\\) is migrating this database",
            Assert.Single(observer.Lines));
    }

    [Fact]
    public async Task The_lock_is_held_during_the_run_and_released_after_it()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository("lock_probe");
        string name = MySqlDialect.RunLockName(database.DatabaseName, "lock_probe");
        repository.Write(1, "t", "upgrade", "CREATE TABLE t (id INT);\nCREATE TABLE held (is_used BIGINT);\nINSERT INTO held SELECT IS_USED_LOCK('" + name + "') IS NOT NULL;");

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync("SELECT is_used FROM held")));
        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync("SELECT IS_FREE_LOCK('" + name + "')")));
    }

    [Fact]
    public void A_repository_id_too_long_for_a_lock_name_is_hashed_to_fit()
    {
        string name = MySqlRunLock.NameFor("nova_db", new string('r', 100));

        Assert.StartsWith("dbsync:", name);
        Assert.Equal(64, name.Length);
        Assert.Equal("dbsync:nova_db/nova", MySqlRunLock.NameFor("nova_db", "nova"));
    }
}
