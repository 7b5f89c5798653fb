using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using DbSync.Testing.MariaDb;
using DbSync.Testing.Servers;

namespace DbSync.MySql.Tests.Galera;

/// <summary>One mariadbd of the test cluster: its folder, SQL port and the Galera ports (group, IST, SST) next to it.</summary>
public sealed class GaleraNode
{
    internal GaleraNode(int number, string folder)
    {
        Number = number;
        Folder = folder;
        DataDirectory = Path.Combine(folder, "data");
        Port = ServerProcesses.FreePort();
        GroupPort = ServerProcesses.FreePort();
        IstPort = ServerProcesses.FreePort();
        SstPort = ServerProcesses.FreePort();
    }

    public int Number { get; }

    public string Folder { get; }

    public string DataDirectory { get; }

    /// <summary>The SQL port on 127.0.0.1.</summary>
    public int Port { get; }

    public int GroupPort { get; }

    public int IstPort { get; }

    public int SstPort { get; }

    public string Socket => Path.Combine(Folder, "s.sock");

    public Process? Process { get; private set; }

    /// <summary>The server's resident memory in MiB (from /proc), for the report on the cluster's footprint.</summary>
    public double ResidentMiB
    {
        get
        {
            if (Process is not { HasExited: false } process)
            {
                return 0;
            }

            process.Refresh();
            return process.WorkingSet64 / 1024.0 / 1024.0;
        }
    }

    internal void Launch(string provider, string clusterAddress, bool bootstrap)
    {
        var args = new List<string>
        {
            "--no-defaults", "--user=" + Environment.UserName, "--datadir=" + DataDirectory, "--socket=" + Socket,
            "--port=" + N(Port), "--bind-address=127.0.0.1", "--skip-log-bin", "--binlog-format=ROW", "--default-storage-engine=InnoDB",
            "--innodb-autoinc-lock-mode=2", "--innodb-buffer-pool-size=64M", "--performance-schema=OFF", "--max-connections=200",
            "--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci",
            "--pid-file=" + Path.Combine(Folder, "mariadbd.pid"), "--log-error=" + Path.Combine(Folder, "error.log"),
            "--wsrep-on=ON", "--wsrep-provider=" + provider, "--wsrep-cluster-name=dbsync-test", "--wsrep-node-name=node" + N(Number),
            "--wsrep-node-address=127.0.0.1:" + N(GroupPort),
            "--wsrep-provider-options=base_host=127.0.0.1;base_port=" + N(GroupPort) + ";gmcast.listen_addr=tcp://127.0.0.1:" + N(GroupPort)
                + ";ist.recv_addr=127.0.0.1:" + N(IstPort) + ";gcache.size=32M",
            "--wsrep-sst-method=rsync", "--wsrep-sst-receive-address=127.0.0.1:" + N(SstPort),
            "--wsrep-cluster-address=" + clusterAddress,
        };
        if (bootstrap)
        {
            args.Add("--wsrep-new-cluster");
        }

        Process = ServerProcesses.StartDrained("mariadbd", args);
    }

    /// <summary>Waits until the node is Synced in a cluster of <paramref name="size"/> nodes.</summary>
    internal async Task WaitUntilSyncedAsync(int size, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        string? last = null;
        while (clock.Elapsed < timeout)
        {
            if (Process!.HasExited)
            {
                throw new InvalidOperationException("galera node " + N(Number) + " exited with code " + Process.ExitCode + ": " + ErrorLog());
            }

            if (File.Exists(Socket))
            {
                try
                {
                    await using var connection = await OpenAdminAsync();
                    string state = await StatusAsync(connection, "wsrep_local_state_comment");
                    string clusterSize = await StatusAsync(connection, "wsrep_cluster_size");
                    last = state + ", cluster size " + clusterSize;
                    if (state == "Synced" && clusterSize == N(size))
                    {
                        return;
                    }
                }
                catch (Exception e) when (e is DbException or DbSync.Core.Errors.DbSyncException)
                {
                    last = e.Message;
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("galera node " + N(Number) + " not synced within " + timeout.TotalSeconds + " s (" + last + "): " + ErrorLog());
    }

    /// <summary>A connection as root through the socket.</summary>
    public Task<DbConnection> OpenAdminAsync(string database = "mysql") => MariaDbServer.OpenAdminAsync(Port, Socket, database);

    private static async Task<string> StatusAsync(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SHOW STATUS LIKE '" + name + "'";
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? reader.GetString(1) : string.Empty;
    }

    public string ErrorLog()
    {
        string path = Path.Combine(Folder, "error.log");
        return File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(30)) : "(no error log)";
    }

    internal void Stop() => ServerProcesses.Stop(Process!, Process!.Id, ServerProcesses.SigTerm, Folder);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
