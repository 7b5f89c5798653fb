using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Testing;
using DbSync.Testing.Databases;
using DbSync.Testing.Repositories;

namespace DbSync.PostgreSql.Tests;

/// <summary>pg_advisory_lock on a connection of its own: a waiting run says once who holds it, and gives up after the lock time-out.</summary>
public sealed class PostgreSqlRunLockTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void The_key_is_a_stable_hash_of_dbsync_and_the_repository_id()
    {
        Assert.Equal(PostgreSqlRunLock.KeyFor("nova"), PostgreSqlRunLock.KeyFor("nova"));
        Assert.NotEqual(PostgreSqlRunLock.KeyFor("nova"), PostgreSqlRunLock.KeyFor("glance"));
        // SHA-256('dbsync:nova'), first 8 bytes big-endian: the same on every machine, so every DbSync version agrees.
        Assert.Equal(Convert.ToInt64(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("dbsync:nova"u8))[..16], 16), PostgreSqlRunLock.KeyFor("nova"));
    }

    [Fact]
    public async Task A_run_says_once_who_holds_the_lock_and_gives_up_after_the_time_out()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        await using var holder = await database.OpenAsync();
        await using (var take = holder.CreateCommand())
        {
            take.CommandText = "SELECT pg_advisory_lock(" + PostgreSqlRunLock.KeyFor("locked_repo") + ")";
            await take.ExecuteScalarAsync(Token);
        }

        var url = DatabaseUrlParser.Parse(database.Url, "test");
        var observer = new RecordingObserver();
        await using var session = await PostgreSqlDialect.Instance.OpenAsync(url, readOnly: false, Token);
        session.LockTimeout = TimeSpan.FromSeconds(1);
        session.Observer = observer;
        var error = await Assert.ThrowsAsync<DbSyncException>(() => session.RunLock!.AcquireAsync("locked_repo", Token));

        Assert.Equal(ErrorCodes.LockTimeout, error.Code);
        Assert.Contains("another run holds the lock 'dbsync:locked_repo' (server process " + holder.ProcessID, error.Message);
        Assert.Contains("did not finish within 1 s", error.Message);
        var waiting = Assert.Single(observer.Lines);
        Assert.StartsWith("warning: waiting for the run lock 'dbsync:locked_repo', held by server process " + holder.ProcessID + " (client 127.0.0.1", waiting);
        Assert.EndsWith("; giving up after 1 s (--lock-timeout sets it)", waiting);
    }

    [Fact]
    public async Task A_run_that_waited_goes_on_once_the_lock_is_released()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository("waiting_repo");
        repository.Write(1, "t", "upgrade", "CREATE TABLE t (id integer PRIMARY KEY);");
        await using var holder = await database.OpenAsync();
        await using (var take = holder.CreateCommand())
        {
            take.CommandText = "SELECT pg_advisory_lock(" + PostgreSqlRunLock.KeyFor("waiting_repo") + ")";
            await take.ExecuteScalarAsync(Token);
        }

        var observer = new RecordingObserver();
        Task run = repository.Migrator(database.Url, observer).UpgradeAsync(cancellationToken: Token);
        await Task.Delay(1500, Token);
        Assert.False(run.IsCompleted);
        await holder.CloseAsync();
        await run;

        Assert.Single(observer.Lines, l => l.StartsWith("warning: waiting for the run lock 'dbsync:waiting_repo'", StringComparison.Ordinal));
        Assert.Equal(1L, await database.GetVersionAsync("waiting_repo"));
    }

    [Fact]
    public async Task The_lock_is_held_on_its_own_connection_during_the_run_and_released_after_it()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository("lock_probe");
        long key = PostgreSqlRunLock.KeyFor("lock_probe");
        repository.Write(1, "t", "upgrade", "CREATE TABLE held AS SELECT l.pid <> pg_backend_pid() AS other_connection FROM pg_locks l"
            + " WHERE l.locktype = 'advisory' AND l.granted AND l.objid::bigint = " + ((ulong)key & 0xFFFFFFFF) + ";");

        await repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token);

        Assert.Equal(["True"], await database.ColumnAsync("SELECT other_connection FROM held"));
        Assert.Equal("0", (await database.ColumnAsync("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid::bigint = " + ((ulong)key & 0xFFFFFFFF)))[0]);
    }

    [Fact]
    public async Task A_run_whose_lock_connection_is_lost_stops_before_a_version_that_cannot_run_in_a_transaction()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var repository = new ScriptRepository("lost_lock");
        long key = PostgreSqlRunLock.KeyFor("lost_lock");
        repository.Write(1, "t", "upgrade", "CREATE TABLE t (id int);");
        // Another session ends the lock's connection, as a server restart or a DBA's pg_terminate_backend would.
        repository.Write(2, "kill", "upgrade", "SELECT pg_terminate_backend(l.pid) FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted"
            + " AND l.objid::bigint = " + ((ulong)key & 0xFFFFFFFF) + " AND l.pid <> pg_backend_pid();");
        repository.Write(3, "index", "upgrade", "CREATE INDEX CONCURRENTLY ix_t ON t (id);");

        var error = await Assert.ThrowsAsync<DbSyncException>(() => repository.Migrator(database.Url).UpgradeAsync(cancellationToken: Token));

        Assert.Contains("the run lock 'dbsync:lost_lock' was lost with its connection", error.Message);
        Assert.Equal("0", (await database.ColumnAsync("SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_t'"))[0]);
        // Version 2 committed unless its own check (due when a second has passed since the last) saw the loss first.
        Assert.InRange((await database.GetVersionAsync("lost_lock"))!.Value, 1L, 2L);
    }
}
