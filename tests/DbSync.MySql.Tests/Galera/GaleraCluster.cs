using System.Diagnostics;
using System.Globalization;
using DbSync.Testing;
using DbSync.Testing.MariaDb;
using DbSync.Testing.Servers;

namespace DbSync.MySql.Tests.Galera;

/// <summary>
/// A real 3-node MariaDB Galera cluster on this host, started once per test session for the tests of
/// <see cref="GaleraCollection"/> (about 11 s, under 500 MiB for the three): temporary folders, free ports, node 1
/// bootstraps, nodes 2 and 3 join one at a time by rsync state transfer into EMPTY data directories (owned by
/// <c>nobody</c> when run as root: the transfer drops to it). Outside CI, a missing mariadbd, galera-4 or rsync skips
/// the tests with the reason; under CI=true it fails them.
/// </summary>
public sealed class GaleraCluster : IAsyncLifetime
{
    public const string User = MariaDbServer.User;
    public const string Password = MariaDbServer.Password;

    private const string FolderPrefix = "dbsync-galera-";

    private readonly List<GaleraNode> _nodes = [];

    public IReadOnlyList<GaleraNode> Nodes => _nodes;

    /// <summary>Why the cluster is absent (outside CI only), or null when it runs.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>How long the three nodes took to be synced, and their resident memory then.</summary>
    public TimeSpan StartTime { get; private set; }

    public double ResidentMiB { get; private set; }

    /// <summary>The cluster, or the calling test is skipped (outside CI) with the reason.</summary>
    public GaleraCluster GetOrSkip()
    {
        Assert.SkipWhen(SkipReason != null, SkipReason ?? string.Empty);
        return this;
    }

    public async ValueTask InitializeAsync()
    {
        string? provider = new[] { "/usr/lib/galera/libgalera_smm.so", "/usr/lib/libgalera_smm.so", "/usr/lib64/galera-4/libgalera_smm.so" }.FirstOrDefault(File.Exists);
        string? missing = MariaDbServer.FindBinary("mariadbd") == null || MariaDbServer.FindBinary("mariadb-install-db") == null ? "mariadbd (Debian package mariadb-server)"
            : provider == null ? "the Galera provider libgalera_smm.so (Debian package galera-4)"
            : MariaDbServer.FindBinary("rsync") == null ? "rsync (the state transfer of joining nodes)"
            : null;
        if (missing != null)
        {
            string reason = "Galera tests skipped: no " + missing + " found (apt-get install galera-4 mariadb-server rsync; under CI=true they must run)";
            SkipReason = ServerProcesses.IsCi ? throw new InvalidOperationException("CI=true but " + reason) : reason;
            return;
        }

        RemoveOrphans();
        string root = ServerProcesses.NewFolder(FolderPrefix);
        var clock = Stopwatch.StartNew();
        try
        {
            for (int number = 1; number <= 3; number++)
            {
                var node = new GaleraNode(number, Path.Combine(root, "node" + number.ToString(CultureInfo.InvariantCulture)));
                Directory.CreateDirectory(node.DataDirectory);
                _nodes.Add(node);
                if (number == 1)
                {
                    var install = await ProcessRunner.RunAsync(MariaDbServer.FindBinary("mariadb-install-db")!,
                        ["--no-defaults", "--datadir=" + node.DataDirectory, "--auth-root-authentication-method=normal", "--user=" + Environment.UserName, "--skip-test-db"],
                        node.Folder, timeout: TimeSpan.FromMinutes(3));
                    if (install.ExitCode != 0)
                    {
                        throw new InvalidOperationException("mariadb-install-db failed: " + install);
                    }

                    node.Launch(provider!, "gcomm://", bootstrap: true);
                }
                else
                {
                    if (Environment.UserName == "root")
                    {
                        // As root, the rsync state transfer drops to nobody, which must be able to write the empty data directory.
                        await ProcessRunner.RunAsync("chown", ["nobody", node.DataDirectory], node.Folder, timeout: TimeSpan.FromSeconds(30));
                    }

                    node.Launch(provider!, "gcomm://127.0.0.1:" + _nodes[0].GroupPort.ToString(CultureInfo.InvariantCulture), bootstrap: false);
                }

                await node.WaitUntilSyncedAsync(number, TimeSpan.FromSeconds(120));
            }

            StartTime = clock.Elapsed;
            ResidentMiB = _nodes.Sum(n => n.ResidentMiB);
            await using var admin = await _nodes[0].OpenAdminAsync();
            await using var command = admin.CreateCommand();
            // Account statements replicate to every node.
            command.CommandText = "CREATE USER '" + User + "'@'127.0.0.1' IDENTIFIED BY '" + Password + "'; GRANT ALL PRIVILEGES ON *.* TO '" + User + "'@'127.0.0.1'";
            await command.ExecuteNonQueryAsync();
            TestContext.Current.SendDiagnosticMessage("galera: 3 nodes synced in " + StartTime.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)
                + " s, " + ResidentMiB.ToString("0", CultureInfo.InvariantCulture) + " MiB resident");
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A new utf8mb4 database, created on node 1 (DDL replicates to all nodes).</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        string name = "g_" + Guid.NewGuid().ToString("N")[..16];
        await using var admin = await _nodes[0].OpenAdminAsync();
        await using var command = admin.CreateCommand();
        command.CommandText = "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci";
        await command.ExecuteNonQueryAsync();
        foreach (var node in _nodes.Skip(1))
        {
            // The other nodes apply the DDL a moment later: a read with wsrep_sync_wait waits for it.
            await using var other = await node.OpenAdminAsync();
            await using var check = other.CreateCommand();
            check.CommandText = "SET SESSION wsrep_sync_wait = 1; SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '" + name + "'";
            if (Convert.ToInt64(await check.ExecuteScalarAsync(), CultureInfo.InvariantCulture) != 1)
            {
                throw new InvalidOperationException("database " + name + " did not reach galera node " + node.Number);
            }
        }

        return name;
    }

    /// <summary>The URL of <paramref name="database"/> on node <paramref name="number"/> (1-3), the password percent-encoded.</summary>
    public string Url(int number, string database, string query = "") =>
        "mysql+pymysql://" + User + ":" + Uri.EscapeDataString(Password) + "@127.0.0.1:" + _nodes[number - 1].Port.ToString(CultureInfo.InvariantCulture)
        + "/" + database + query;

    /// <summary>Clusters left by test processes that were killed: their nodes get SIGKILL (joiners first) and their folder goes.</summary>
    private static void RemoveOrphans()
    {
        foreach (string folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            string owner = Path.Combine(folder, "owner.pid");
            if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int ownerPid)
                || ServerProcesses.IsAlive(ownerPid))
            {
                continue;
            }

            foreach (string pidFile in new[] { "node3", "node2", "node1" }.Select(node => Path.Combine(folder, node, "mariadbd.pid")).Where(File.Exists))
            {
                if (int.TryParse(File.ReadAllText(pidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && ServerProcesses.IsAlive(pid))
                {
                    using var node = Process.GetProcessById(pid);
                    if (node.ProcessName.StartsWith("mariadbd", StringComparison.Ordinal))
                    {
                        node.Kill();
                        node.WaitForExit(5000);
                    }
                }
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Someone else's folder or a race with its owner: leave it.
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        // Joiners first, the bootstrap node last: each leaves the group cleanly.
        foreach (var node in Enumerable.Reverse(_nodes).Where(n => n.Process != null))
        {
            node.Stop();
        }

        if (_nodes.Count > 0)
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(_nodes[0].Folder)!, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder: what is left goes with the next session's orphan clean-up.
            }
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>The tests that share the one Galera cluster of the test session (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class GaleraCollection : ICollectionFixture<GaleraCluster>
{
    public const string Name = "galera";
}
