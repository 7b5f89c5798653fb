using System.Diagnostics;
using System.Globalization;
using DbSync.Testing.Servers;
using Npgsql;
using Xunit;

namespace DbSync.Testing.PostgreSql;

/// <summary>
/// A private PostgreSQL server for the tests of one test process: initdb on a temporary folder, postgres on a free
/// TCP port of 127.0.0.1 and a socket in that folder, started on first use and stopped (by its pid) when the process
/// exits; never the system's service. PostgreSQL refuses to run as root, so as root both run through
/// <c>runuser -u postgres</c> on a folder owned by postgres. Tests reach it as <see cref="User"/> with
/// <see cref="Password"/> (scram-sha-256 over TCP), a password that needs percent-encoding in a URL.
/// </summary>
public sealed class PostgreSqlServer
{
    public const string User = "dbsync";

    /// <summary>Has '@', ':', '/' and '%', which a URL must percent-encode, so tests prove the decoding.</summary>
    public const string Password = "p@ss:w/rd%";

    /// <summary>The folder of initdb and postgres when they are not where Debian puts them; when set, only that folder is searched.</summary>
    public const string BinDirectoryVariable = "DBSYNC_TEST_POSTGRES_BIN";

    private const string DirectoryPrefix = "dbsync-postgres-";

    private static readonly Lazy<Task<PostgreSqlServer?>> Shared = new(StartOrNullAsync);

    private PostgreSqlServer(string folder, int port, Process process)
    {
        Folder = folder;
        Port = port;
        Process = process;
    }

    /// <summary>The server's folder: data/ and the Unix socket (.s.PGSQL.PORT).</summary>
    public string Folder { get; }

    public string SocketDirectory => Folder;

    public int Port { get; }

    public Process Process { get; }

    private string DataDirectory => Path.Combine(Folder, "data");

    /// <summary>
    /// The shared server, started once per test process. Outside CI, where no PostgreSQL binaries exist, the calling
    /// test is skipped with that reason; on CI it fails. A server that exists but does not start always fails.
    /// </summary>
    public static async Task<PostgreSqlServer> GetOrSkipAsync()
    {
        PostgreSqlServer? server = await Shared.Value;
        Assert.SkipWhen(server == null, "PostgreSQL tests skipped: no initdb/postgres binaries found (install the Debian package postgresql; under CI=true they must run)");
        return server!;
    }

    /// <summary>initdb and postgres from <see cref="BinDirectoryVariable"/>, else Debian's newest /usr/lib/postgresql/N/bin; null when absent.</summary>
    public static string? FindBinDirectory()
    {
        string? configured = Environment.GetEnvironmentVariable(BinDirectoryVariable);
        IEnumerable<string> folders = !string.IsNullOrEmpty(configured)
            ? [configured]
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out int v) ? v : 0).Select(d => Path.Combine(d, "bin"))
                : [];
        return folders.FirstOrDefault(f => File.Exists(Path.Combine(f, "postgres")) && File.Exists(Path.Combine(f, "initdb")));
    }

    /// <summary>A connection string as the superuser through the socket (trust), to create and drop test databases.</summary>
    public string AdminConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = SocketDirectory,
        Port = Port,
        Username = "postgres",
        Database = database,
        Pooling = false,
    }.ConnectionString;

    /// <summary>A connection string as the test user over TCP with its password, as DbSync connects; <paramref name="searchPath"/> as the URL's options.</summary>
    public string ConnectionString(string database, string? searchPath = null)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = User,
            Password = Password,
            Database = database,
            Pooling = false,
        };
        if (searchPath != null)
        {
            builder.Options = "-csearch_path=" + searchPath;
        }

        return builder.ConnectionString;
    }

    public async Task ExecuteAdminAsync(string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task<PostgreSqlServer?> StartOrNullAsync()
    {
        string? bin = FindBinDirectory();
        if (bin == null)
        {
            return ServerProcesses.IsCi
                ? throw new InvalidOperationException("CI=true but no PostgreSQL binaries (initdb, postgres) were found: install the Debian package postgresql")
                : null;
        }

        ServerProcesses.RemoveOrphans(DirectoryPrefix, Path.Combine("data", "postmaster.pid"), "postgres");
        string folder = ServerProcesses.NewFolder(DirectoryPrefix);
        if (IsRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", folder]);
        }

        await RunAsync(Path.Combine(bin, "initdb"),
            ["-D", Path.Combine(folder, "data"), "-U", "postgres", "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"]);
        int port = ServerProcesses.FreePort();
        string[] server =
        [
            Path.Combine(bin, "postgres"), "-D", Path.Combine(folder, "data"), "-k", folder, "-p", port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200",
            // Correctness, not durability, is under test here: no fsync (bench/ measures with the defaults).
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
        ];
        var process = IsRoot ? ServerProcesses.StartDrained("runuser", ["-u", "postgres", "--", .. server]) : ServerProcesses.StartDrained(server[0], server[1..]);
        var instance = new PostgreSqlServer(folder, port, process);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => instance.Stop();
        await instance.WaitUntilReadyAsync();
        await instance.ExecuteAdminAsync("CREATE ROLE " + User + " LOGIN CREATEDB PASSWORD '" + Password.Replace("'", "''", StringComparison.Ordinal) + "'");
        return instance;
    }

    private static async Task RunAsync(string fileName, string[] args)
    {
        bool asPostgres = IsRoot && fileName != "chown";
        var result = await ProcessRunner.RunAsync(asPostgres ? "runuser" : fileName, asPostgres ? ["-u", "postgres", "--", fileName, .. args] : args,
            Path.GetTempPath(), timeout: TimeSpan.FromMinutes(3));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(Path.GetFileName(fileName) + " failed: " + result);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException("postgres exited with code " + Process.ExitCode);
            }

            try
            {
                await ExecuteAdminAsync("SELECT 1");
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                last = e;
            }

            await Task.Delay(100);
        }

        Stop();
        throw new InvalidOperationException("postgres did not answer within 60 s: " + last?.Message);
    }

    /// <summary>SIGINT, PostgreSQL's fast shutdown, to the postmaster by pid; then the folder goes.</summary>
    private void Stop()
    {
        string pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        int pid = File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out int p) ? p : Process.Id;
        ServerProcesses.Stop(Process, pid, ServerProcesses.SigInt, Folder);
    }
}
