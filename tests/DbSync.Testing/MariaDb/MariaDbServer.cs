using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using DbSync.MySql;
using Xunit;

namespace DbSync.Testing.MariaDb;

/// <summary>
/// A private MariaDB server for the tests of one test process: a temporary data directory, a free TCP port on
/// 127.0.0.1, started on first use and stopped (by its pid) when the process exits. Tests reach it as
/// <see cref="User"/> with <see cref="Password"/>, a password that needs percent-encoding in a URL.
/// </summary>
public sealed class MariaDbServer
{
    public const string User = "dbsync";

    /// <summary>Has '@', ':', '/' and '%', which a URL must percent-encode, so tests prove the decoding.</summary>
    public const string Password = "p@ss:w/rd%";

    private const string DirectoryPrefix = "dbsync-mariadb-";

    private static readonly Lazy<Task<MariaDbServer?>> Latin1Server = new(() => StartOrNullAsync(MariaDbServerCharset.Latin1));
    private static readonly Lazy<Task<MariaDbServer?>> Utf8Mb4Server = new(() => StartOrNullAsync(MariaDbServerCharset.Utf8Mb4));

    private readonly string _binary;

    private MariaDbServer(string binary, string dataDirectory, int port, MariaDbServerCharset charset)
    {
        _binary = binary;
        DataDirectory = dataDirectory;
        Port = port;
        Charset = charset;
        Process = Launch();
    }

    /// <summary>The server's default character set: the tests run on both a utf8mb4 and a latin1 server.</summary>
    public MariaDbServerCharset Charset { get; }

    public string DataDirectory { get; }

    public int Port { get; }

    public string Socket => System.IO.Path.Combine(DataDirectory, "sock");

    /// <summary>The server process; stopped at process exit.</summary>
    public Process Process { get; private set; }

    /// <summary>True on CI (CI=true), where a missing or broken server fails the tests instead of skipping them.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The shared server of that default character set, started once per test process. Outside CI, where no mariadbd
    /// binary exists, the calling test is skipped with that reason; on CI it fails. A server that exists but does not
    /// start always fails.
    /// </summary>
    /// <summary>
    /// A server of the calling test's own, for tests that kill and restart it (never the shared ones); stopped at
    /// process exit. Skipped outside CI where no mariadbd binary exists.
    /// </summary>
    public static async Task<MariaDbServer> StartDedicatedAsync()
    {
        MariaDbServer? server = await StartOrNullAsync(MariaDbServerCharset.Utf8Mb4);
        Assert.SkipWhen(server == null, "MariaDB tests skipped: no mariadbd binary found (install the Debian package mariadb-server; under CI=true they must run)");
        return server!;
    }

    /// <summary>Kills the server as a crash would (SIGKILL), waiting until it is gone.</summary>
    public void Crash()
    {
        Process.Kill();
        Process.WaitForExit(30_000);
    }

    /// <summary>Starts the server again on its data directory and port (InnoDB recovers what the crash left).</summary>
    public async Task RestartAsync()
    {
        Process = Launch();
        await WaitUntilReadyAsync();
    }

    public static async Task<MariaDbServer> GetOrSkipAsync(MariaDbServerCharset charset = MariaDbServerCharset.Latin1)
    {
        MariaDbServer? server = await (charset == MariaDbServerCharset.Latin1 ? Latin1Server : Utf8Mb4Server).Value;
        Assert.SkipWhen(server == null, "MariaDB tests skipped: no mariadbd binary found (install the Debian package mariadb-server; under CI=true they must run)");
        return server!;
    }

    /// <summary>A connection as root through the socket, to create and drop test databases.</summary>
    public Task<DbConnection> OpenAdminAsync(string database = "mysql") => OpenAdminAsync(Port, Socket, database);

    /// <summary>A connection as root through <paramref name="socket"/> of any private server (also a Galera node).</summary>
    public static Task<DbConnection> OpenAdminAsync(int port, string socket, string database) =>
        MySqlConnectionOpener.OpenAsync(new MySqlConnectionSettings
        {
            Host = "localhost",
            Port = port,
            UnixSocket = socket,
            User = "root",
            Database = database,
        }, CancellationToken.None);

    /// <summary>A connection as the test user over TCP, as DbSync itself connects.</summary>
    public Task<DbConnection> OpenAsync(string database) =>
        MySqlConnectionOpener.OpenAsync(new MySqlConnectionSettings
        {
            Host = "127.0.0.1",
            Port = Port,
            User = User,
            Password = Password,
            Database = database,
        }, CancellationToken.None);

    public async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = await OpenAdminAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// The folder of mariadbd and mariadb-install-db when they are not where Debian puts them (e.g. a tarball);
    /// when set, only that folder is searched.
    /// </summary>
    public const string BinDirectoryVariable = "DBSYNC_TEST_MARIADB_BIN";

    /// <summary>A MariaDB binary from <see cref="BinDirectoryVariable"/>, else PATH or the sbin folders Debian uses; null when absent.</summary>
    public static string? FindBinary(string name)
    {
        string? configured = Environment.GetEnvironmentVariable(BinDirectoryVariable);
        IEnumerable<string> folders = !string.IsNullOrEmpty(configured)
            ? [configured]
            : (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Concat(["/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin"]);
        return folders.Select(folder => System.IO.Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }

    private static async Task<MariaDbServer?> StartOrNullAsync(MariaDbServerCharset charset)
    {
        string? server = FindBinary("mariadbd");
        string? installer = FindBinary("mariadb-install-db");
        if (server == null || installer == null)
        {
            return IsCi
                ? throw new InvalidOperationException("CI=true but mariadbd or mariadb-install-db is missing: install the Debian package mariadb-server")
                : null;
        }

        RemoveOrphans();
        string dataDirectory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), DirectoryPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataDirectory);
        File.WriteAllText(System.IO.Path.Combine(dataDirectory, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        string user = Environment.UserName;

        var install = await ProcessRunner.RunAsync(installer,
            ["--no-defaults", "--datadir=" + dataDirectory, "--auth-root-authentication-method=normal", "--user=" + user, "--skip-test-db"],
            dataDirectory, timeout: TimeSpan.FromMinutes(3));
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException("mariadb-install-db failed: " + install);
        }

        var instance = new MariaDbServer(server, dataDirectory, FreePort(), charset);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => instance.Stop();

        await instance.WaitUntilReadyAsync();
        await instance.ExecuteAdminAsync(
            "CREATE USER '" + User + "'@'127.0.0.1' IDENTIFIED BY '" + Password + "';"
            + "CREATE USER '" + User + "'@'localhost' IDENTIFIED BY '" + Password + "';"
            + "GRANT ALL PRIVILEGES ON *.* TO '" + User + "'@'127.0.0.1';"
            + "GRANT ALL PRIVILEGES ON *.* TO '" + User + "'@'localhost'");
        return instance;
    }

    /// <summary>Starts mariadbd on this server's data directory and port.</summary>
    private Process Launch()
    {
        var info = new ProcessStartInfo(_binary)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in new[]
        {
            "--no-defaults", "--datadir=" + DataDirectory, "--socket=" + System.IO.Path.Combine(DataDirectory, "sock"),
            "--port=" + Port.ToString(CultureInfo.InvariantCulture), "--bind-address=127.0.0.1", "--user=" + Environment.UserName, "--skip-log-bin",
            "--pid-file=" + System.IO.Path.Combine(DataDirectory, "mariadbd.pid"), "--log-error=" + System.IO.Path.Combine(DataDirectory, "error.log"),
            // Small and quick: the tests need correctness, not throughput.
            "--innodb-buffer-pool-size=64M", "--max-connections=200",
            // A --no-defaults server defaults to latin1; the other configuration is utf8mb4 throughout.
            "--character-set-server=" + (Charset == MariaDbServerCharset.Latin1 ? "latin1" : "utf8mb4"),
            "--collation-server=" + (Charset == MariaDbServerCharset.Latin1 ? "latin1_swedish_ci" : "utf8mb4_general_ci"),
        })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + _binary);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        Exception? last = null;
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException("mariadbd exited with code " + Process.ExitCode + ": " + ErrorLog());
            }

            if (File.Exists(Socket))
            {
                try
                {
                    await using var connection = await OpenAdminAsync();
                    return;
                }
                catch (Exception e) when (e is DbException or DbSync.Core.Errors.DbSyncException)
                {
                    last = e;
                }
            }

            await Task.Delay(100);
        }

        Stop();
        throw new InvalidOperationException("mariadbd did not answer within 60 s: " + last?.Message + "\n" + ErrorLog());
    }

    private string ErrorLog()
    {
        string path = System.IO.Path.Combine(DataDirectory, "error.log");
        return File.Exists(path) ? File.ReadAllText(path) : "(no error log)";
    }

    /// <summary>SIGTERM by pid, a bounded wait, SIGKILL if needed, then the data directory goes.</summary>
    private void Stop()
    {
        try
        {
            if (!Process.HasExited)
            {
                // SIGTERM, the clean shutdown; .NET's Process.Kill only sends SIGKILL.
                _ = SendSignal(Process.Id, SigTerm);
                if (!Process.WaitForExit(10_000))
                {
                    Process.Kill();
                    Process.WaitForExit(5000);
                }
            }

            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception or UnauthorizedAccessException)
        {
            // Exiting anyway: what is left is a temp folder.
        }
    }

    /// <summary>Servers left by test processes that died without their exit handler (killed, crashed): stop and remove them.</summary>
    private static void RemoveOrphans()
    {
        foreach (string directory in Directory.EnumerateDirectories(System.IO.Path.GetTempPath(), DirectoryPrefix + "*"))
        {
            try
            {
                string ownerFile = System.IO.Path.Combine(directory, "owner.pid");
                if (!File.Exists(ownerFile) || IsAlive(int.Parse(File.ReadAllText(ownerFile).Trim(), CultureInfo.InvariantCulture)))
                {
                    continue;
                }

                string pidFile = System.IO.Path.Combine(directory, "mariadbd.pid");
                if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)
                    && IsAlive(pid) && System.Diagnostics.Process.GetProcessById(pid).ProcessName.StartsWith("mariadbd", StringComparison.Ordinal))
                {
                    System.Diagnostics.Process.GetProcessById(pid).Kill();
                }

                Directory.Delete(directory, recursive: true);
            }
            catch (Exception e) when (e is IOException or FormatException or ArgumentException or InvalidOperationException or UnauthorizedAccessException
                or System.ComponentModel.Win32Exception)
            {
                // Someone else's folder or a race with its owner: leave it.
            }
        }
    }

    private const int SigTerm = 15;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
