using System.Data.Common;
using System.Diagnostics;
using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Migrations;
using DbSync.Testing;
using DbSync.Testing.Repositories;

namespace DbSync.MySql.Tests.Galera;

/// <summary>The lease on a Galera node: a killed holder, the reads that wait for the cluster, and what error 1213 says.</summary>
[Collection(GaleraCollection.Name)]
public sealed class GaleraLeaseLockTests(GaleraCluster cluster)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task After_the_lease_holder_is_killed_the_next_run_waits_at_most_the_lease_then_completes_its_version_once()
    {
        cluster.GetOrSkip();
        string database = await cluster.CreateDatabaseAsync();
        using var repository = new ScriptRepository("galera_kill");
        repository.Write(1, "tables", "upgrade", "CREATE TABLE work (id INT AUTO_INCREMENT PRIMARY KEY, version INT NOT NULL);\nCREATE TABLE gate (n INT);");
        // The run is killed inside the sleep; the rerun re-runs that statement, which no longer sleeps once `gate` has a row.
        repository.Write(2, "slow", "upgrade",
            "INSERT INTO work (version) VALUES (2);\nDO SLEEP(IF((SELECT COUNT(*) FROM gate) = 0, 120, 0));\nINSERT INTO work (version) VALUES (2);\nCREATE TABLE done2 (id INT);");

        var holder = Migrator(repository, 1, database, new RecordingObserver()).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);
        await using (var admin = await cluster.Nodes[0].OpenAdminAsync())
        {
            // The holder's two connections on node 1 (the run's, in the sleep, and the heartbeat's, idle): killed as
            // the death of its process drops them, the heartbeat's first so nothing renews or releases the lease.
            List<long> running = await WaitForConnectionsAsync(admin, database, "Query", "%SLEEP%");
            List<long> idle = await WaitForConnectionsAsync(admin, database, "Sleep", null);
            foreach (long id in idle.Concat(running))
            {
                await GaleraQueries.ExecuteAsync(admin, "KILL CONNECTION " + id);
            }
        }

        await Assert.ThrowsAnyAsync<Exception>(() => holder);
        await using (var node2 = await GaleraQueries.OpenAsync(cluster, 2, database))
        {
            await GaleraQueries.ExecuteAsync(node2, "INSERT INTO gate VALUES (1)");
        }

        Assert.Equal(1L, await GaleraQueries.ScalarAsync(cluster, 2, database, "SELECT COUNT(*) FROM dbsync_lock WHERE holder IS NOT NULL"));
        var observer = new RecordingObserver();
        var clock = Stopwatch.StartNew();
        MigrationResult result = await Migrator(repository, 2, database, observer).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(clock.Elapsed < Lease + TimeSpan.FromSeconds(3), "waited " + clock.Elapsed + ": " + observer.Text);
        Assert.Equal(2L, result.EndVersion);
        Assert.Matches("warning: waiting for the lease '[^']+': dbsync on .+ pid [0-9]+ since .+ UTC \\(run [0-9a-f]{8}\\) is migrating this database and holds it until "
            + "[0-9-]+ [0-9:]+ UTC", observer.Text);
        Assert.Contains("which expired at", observer.Text);
        Assert.Contains("without being released (a run that was killed or lost its connection)", observer.Text);
        Assert.Equal("2:2", await GaleraQueries.PairsAsync(cluster, 3, database, "SELECT version, COUNT(*) FROM work WHERE version = 2 GROUP BY version"));
    }

    [Fact]
    public async Task A_session_on_a_galera_node_reads_with_wsrep_sync_wait()
    {
        cluster.GetOrSkip();
        string database = await cluster.CreateDatabaseAsync();
        await using var session = await MySqlDialect.Instance.OpenAsync(DatabaseUrlParser.Parse(cluster.Url(3, database), "test"), readOnly: true, TestContext.Current.CancellationToken);
        await using var command = session.Connection.CreateCommand();
        command.CommandText = "SELECT @@SESSION.wsrep_sync_wait & 1";

        Assert.Equal(1L, Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_certification_conflict_with_another_node_says_another_node_is_migrating_this_database()
    {
        cluster.GetOrSkip();
        string database = await cluster.CreateDatabaseAsync();
        await using (var setup = await GaleraQueries.OpenAsync(cluster, 1, database))
        {
            await GaleraQueries.ExecuteAsync(setup, "CREATE TABLE migrate_version (repository_id VARCHAR(250) PRIMARY KEY, repository_path TEXT, version INT);"
                + "INSERT INTO migrate_version VALUES ('r', 'p', 1)");
        }

        await using var session = await MySqlDialect.Instance.OpenAsync(DatabaseUrlParser.Parse(cluster.Url(1, database), "test"), readOnly: false, TestContext.Current.CancellationToken);
        await GaleraQueries.ExecuteAsync(session.Connection, "START TRANSACTION; UPDATE migrate_version SET version = 2 WHERE version = 1");
        await using (var node2 = await GaleraQueries.OpenAsync(cluster, 2, database))
        {
            // Another node moves the version row first: certification aborts the open transaction on node 1.
            await GaleraQueries.ExecuteAsync(node2, "UPDATE migrate_version SET version = 5 WHERE version = 1");
        }

        var conflict = await Assert.ThrowsAnyAsync<DbException>(() => GaleraQueries.ExecuteAsync(session.Connection, "COMMIT"));

        Assert.Equal(ErrorCodes.ClusterConflict, session.FailureCode(conflict));
        Assert.StartsWith("another node is migrating this database or writing the same rows: the cluster's certification refused this write (error 1213, Deadlock",
            session.DescribeFailure(conflict));
    }

    private Migrator Migrator(ScriptRepository repository, int node, string database, RecordingObserver observer) =>
        new(repository.Load(), DatabaseUrlParser.Parse(cluster.Url(node, database), "test"), observer,
            new MigrationOptions { LockLease = Lease, LockTimeout = TimeSpan.FromSeconds(60) });

    /// <summary>The ids of the test user's connections to <paramref name="database"/> in that state, once there is one.</summary>
    private static async Task<List<long>> WaitForConnectionsAsync(DbConnection admin, string database, string command, string? info)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var ids = new List<long>();
            await using (var query = admin.CreateCommand())
            {
                query.CommandText = "SELECT ID FROM information_schema.PROCESSLIST WHERE USER = '" + GaleraCluster.User + "' AND DB = '" + database + "' AND COMMAND = '"
                    + command + "'" + (info == null ? string.Empty : " AND INFO LIKE '" + info + "'");
                await using var reader = await query.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    ids.Add(Convert.ToInt64(reader.GetValue(0)));
                }
            }

            if (ids.Count > 0)
            {
                return ids;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "no " + command + " connection of the holder on " + database);
            await Task.Delay(50);
        }
    }
}
