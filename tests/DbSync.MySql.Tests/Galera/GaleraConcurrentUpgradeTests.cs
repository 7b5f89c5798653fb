using System.Diagnostics;
using DbSync.Configuration;
using DbSync.Migrations;
using DbSync.Testing;
using DbSync.Testing.Repositories;

namespace DbSync.MySql.Tests.Galera;

/// <summary>
/// Issue 17: `upgrade` started at the same moment against each node of a real 3-node Galera cluster. GET_LOCK is
/// node-local there, so without the lease the runs interleaved and a version's row changes before its last statement
/// ran twice. With the lease every version's work is done exactly once and every run succeeds.
/// </summary>
[Collection(GaleraCollection.Name)]
public sealed class GaleraConcurrentUpgradeTests(GaleraCluster cluster)
{
    private const int Rounds = 10;

    /// <summary>What the five versions leave when each ran exactly once: rows per version in `work`, and `counter`.</summary>
    private const string ExpectedWork = "1:1 2:2 3:1 4:2 5:1";
    private const long ExpectedCounter = 11111;

    [Fact]
    public async Task Upgrades_started_at_once_on_three_nodes_of_fresh_databases_apply_each_version_once()
    {
        cluster.GetOrSkip();
        using var repository = WriteRepository();
        for (int round = 1; round <= Rounds; round++)
        {
            string database = await cluster.CreateDatabaseAsync();
            await UpgradeOnAllNodesAtOnceAsync(repository, database, round, pending: 5);
        }
    }

    [Fact]
    public async Task Upgrades_started_at_once_on_three_nodes_of_partly_migrated_databases_apply_each_remaining_version_once()
    {
        cluster.GetOrSkip();
        using var repository = WriteRepository();
        for (int round = 1; round <= Rounds; round++)
        {
            string database = await cluster.CreateDatabaseAsync();
            // Partly migrated, on a node that changes with the round: versions 1 and 2 applied.
            await repository.Migrator(cluster.Url(round % 3 + 1, database)).UpgradeAsync(2, TestContext.Current.CancellationToken);
            await UpgradeOnAllNodesAtOnceAsync(repository, database, round, pending: 3);
        }
    }

    private async Task UpgradeOnAllNodesAtOnceAsync(ScriptRepository repository, string database, int round, int pending)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var observers = new[] { new RecordingObserver(), new RecordingObserver(), new RecordingObserver() };
        var runs = Enumerable.Range(1, 3).Select(node => Task.Run(async () =>
        {
            var migrator = new Migrator(repository.Load(), DatabaseUrlParser.Parse(cluster.Url(node, database), "test"), observers[node - 1],
                new MigrationOptions { LockTimeout = TimeSpan.FromSeconds(60) });
            await start.Task;
            return await migrator.UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);
        })).ToList();
        var clock = Stopwatch.StartNew();
        start.SetResult();

        // Every run succeeds (an exception here fails the test with its message)...
        MigrationResult[] results = await Task.WhenAll(runs);
        string context = "round " + round + " (" + clock.ElapsedMilliseconds + " ms): " + string.Join(" | ", observers.Select(o => o.Text));
        Assert.All(results, r => Assert.Equal(5L, r.EndVersion));
        // ...one of them applied every pending version, the others found nothing to do...
        Assert.Equal(pending, results.Sum(r => r.Steps.Count));
        Assert.Single(results, r => r.Steps.Count > 0);

        // ...and every version's work, row changes before and after its DDL, is there exactly once, on every node.
        for (int node = 1; node <= 3; node++)
        {
            Assert.True(ExpectedWork == await GaleraQueries.PairsAsync(cluster, node, database, "SELECT version, COUNT(*) FROM work GROUP BY version ORDER BY version"),
                context);
            Assert.Equal(ExpectedCounter, await GaleraQueries.ScalarAsync(cluster, node, database, "SELECT n FROM counter WHERE id = 1"));
            Assert.Equal(0L, await GaleraQueries.ScalarAsync(cluster, node, database, "SELECT COUNT(*) FROM dbsync_lock WHERE holder IS NOT NULL"));
        }
    }

    /// <summary>Five versions, each with row changes before its DDL (which commits on its own) and, but for the last, after it.</summary>
    private static ScriptRepository WriteRepository()
    {
        var repository = new ScriptRepository("galera_repo");
        repository.Write(1, "start", "upgrade",
            "CREATE TABLE work (id INT AUTO_INCREMENT PRIMARY KEY, version INT NOT NULL, note VARCHAR(40)) ENGINE=InnoDB;\n"
            + "CREATE TABLE counter (id INT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB;\n"
            + "INSERT INTO counter VALUES (1, 1);\n"
            + "INSERT INTO work (version, note) VALUES (1, 'a');\n");
        repository.Write(2, "second", "upgrade",
            "INSERT INTO work (version, note) VALUES (2, 'a');\n"
            + "UPDATE counter SET n = n + 10 WHERE id = 1;\n"
            + "CREATE TABLE t2 (id INT PRIMARY KEY) ENGINE=InnoDB;\n"
            + "INSERT INTO work (version, note) VALUES (2, 'b');\n");
        repository.Write(3, "third", "upgrade",
            "INSERT INTO work (version) VALUES (3);\n"
            + "UPDATE counter SET n = n + 100 WHERE id = 1;\n"
            + "ALTER TABLE t2 ADD COLUMN c INT;\n"
            + "INSERT INTO t2 (id, c) VALUES (1, 3);\n");
        repository.Write(4, "fourth", "upgrade",
            "INSERT INTO work (version, note) VALUES (4, 'a');\n"
            + "UPDATE counter SET n = n + 1000 WHERE id = 1;\n"
            + "CREATE INDEX ix_work_note ON work (note);\n"
            + "INSERT INTO work (version, note) VALUES (4, 'b');\n");
        repository.Write(5, "fifth", "upgrade",
            "INSERT INTO work (version) VALUES (5);\n"
            + "UPDATE counter SET n = n + 10000 WHERE id = 1;\n"
            + "CREATE TABLE t5 (id INT PRIMARY KEY) ENGINE=InnoDB;\n");
        return repository;
    }
}
