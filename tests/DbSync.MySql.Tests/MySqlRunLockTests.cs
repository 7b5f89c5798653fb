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
        await using var holder = await database.OpenAsync();
        await using (var take = holder.CreateCommand())
        {
            take.CommandText = "SELECT GET_LOCK('dbsync:locked_repo', 0)";
            Assert.Equal(1L, Convert.ToInt64(await take.ExecuteScalarAsync(TestContext.Current.CancellationToken)));
        }

        var url = DatabaseUrlParser.Parse(database.Url, "test");
        await using var session = await new MySqlDialect(TimeSpan.FromSeconds(1)).OpenAsync(url, readOnly: false, CancellationToken.None);
        var error = await Assert.ThrowsAsync<DbSyncException>(() => session.RunLock!.AcquireAsync("locked_repo", NullMigrationObserver.Instance, CancellationToken.None));

        Assert.Contains("another run holds the lock 'dbsync:locked_repo' and did not finish within 1 s", error.Message);
    }

    [Fact]
    public async Task The_lock_is_held_during_the_run_and_released_after_it()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        using var repository = new ScriptRepository("lock_probe");
        repository.Write(1, "t", "upgrade", "CREATE TABLE t (id INT);\nCREATE TABLE held (is_used BIGINT);\nINSERT INTO held SELECT IS_USED_LOCK('dbsync:lock_probe') IS NOT NULL;");

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync("SELECT is_used FROM held")));
        Assert.Equal(1L, Convert.ToInt64(await database.ScalarAsync("SELECT IS_FREE_LOCK('dbsync:lock_probe')")));
    }

    [Fact]
    public void A_repository_id_too_long_for_a_lock_name_is_hashed_to_fit()
    {
        string name = MySqlRunLock.NameFor(new string('r', 100));

        Assert.StartsWith("dbsync:", name);
        Assert.Equal(64, name.Length);
        Assert.Equal("dbsync:nova", MySqlRunLock.NameFor("nova"));
    }
}
