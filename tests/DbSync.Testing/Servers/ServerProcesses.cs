using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DbSync.Testing.Servers;

/// <summary>
/// What the private database servers of the tests share: a free port, signals by pid, and the clean-up of servers
/// left by test processes that died without their exit handler. A server's folder holds owner.pid, the pid of the
/// test process that started it.
/// </summary>
public static class ServerProcesses
{
    public const int SigInt = 2;
    public const int SigTerm = 15;

    /// <summary>True on CI (CI=true), where a missing or broken server fails the tests instead of skipping them.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A new folder under the temp folder, marked as this test process's.</summary>
    public static string NewFolder(string prefix)
    {
        string folder = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        return folder;
    }

    public static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Sends <paramref name="signal"/> to <paramref name="pid"/>; .NET's Process.Kill only sends SIGKILL.</summary>
    public static void Signal(int pid, int signal) => _ = SendSignal(pid, signal);

    /// <summary>
    /// Stops the servers of <paramref name="prefix"/> folders whose owner is dead: the pid in the file
    /// <paramref name="serverPidFile"/> (its first line) gets SIGKILL when it is a <paramref name="processName"/>
    /// process, and the folder goes.
    /// </summary>
    public static void RemoveOrphans(string prefix, string serverPidFile, string processName)
    {
        foreach (string directory in Directory.EnumerateDirectories(Path.GetTempPath(), prefix + "*"))
        {
            try
            {
                string ownerFile = Path.Combine(directory, "owner.pid");
                if (!File.Exists(ownerFile) || IsAlive(int.Parse(File.ReadAllText(ownerFile).Trim(), CultureInfo.InvariantCulture)))
                {
                    continue;
                }

                string pidFile = Path.Combine(directory, serverPidFile);
                if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault()?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)
                    && IsAlive(pid) && Process.GetProcessById(pid).ProcessName.StartsWith(processName, StringComparison.Ordinal))
                {
                    Process.GetProcessById(pid).Kill();
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

    /// <summary>Stops a server by pid with <paramref name="signal"/> (its clean shutdown), SIGKILL after 10 s, then removes its folder.</summary>
    public static void Stop(Process process, int pid, int signal, string folder)
    {
        try
        {
            if (!process.HasExited)
            {
                Signal(pid, signal);
                if (!process.WaitForExit(10_000))
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(5000);
                }
            }

            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception or UnauthorizedAccessException)
        {
            // Exiting anyway: what is left is a temp folder.
        }
    }

    /// <summary>Starts a long-running server process, its output drained so it never blocks on a full pipe.</summary>
    public static Process StartDrained(string fileName, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(fileName) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + fileName);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
