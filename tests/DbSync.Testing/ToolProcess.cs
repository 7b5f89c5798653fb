using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace DbSync.Testing;

/// <summary>
/// A running `dotnet-dbsync` process that a test watches and stops: wait for a line of its output, then send it
/// SIGKILL (a crash, a pipeline timeout) or SIGTERM/SIGINT (an operator's Ctrl-C, a container stop), and read what it
/// printed.
/// </summary>
public sealed class ToolProcess : IDisposable
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly object _gate = new();

    private readonly Task _reading;

    private ToolProcess(Process process)
    {
        _process = process;

        // Read as it comes, not by lines: a step's progress line is written before the step runs and ends after it.
        _reading = Task.WhenAll(PumpAsync(process.StandardOutput, _stdout), PumpAsync(process.StandardError, _stderr));
    }

    public string Stdout
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the executable itself (not through `dotnet`), so a signal reaches DbSync and nothing else.</summary>
    public static ToolProcess Start(string executable, string workingDirectory, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DBSYNC_DATABASE_CONNECTION"] = null;
        info.Environment["DBSYNC_REPOSITORY"] = null;
        return new ToolProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start " + executable));
    }

    /// <summary>Waits until <paramref name="text"/> appears in the output; false when the process ended first or the time ran out.</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if ((Stdout + Stderr).Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            if (_process.HasExited)
            {
                await _reading;
                return (Stdout + Stderr).Contains(text, StringComparison.Ordinal);
            }

            await Task.Delay(10);
        }

        return false;
    }

    public void Signal(int signal)
    {
        if (!_process.HasExited)
        {
            _ = kill(_process.Id, signal);
        }
    }

    /// <summary>Waits for the process to end (bounded) and returns what it printed and its exit code.</summary>
    public async Task<ProcessResult> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet-dbsync did not end within " + timeout + ":\n" + Stdout + Stderr);
        }

        await _reading;
        return new ProcessResult(_process.ExitCode, Stdout, Stderr);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SA1300, IDE1006 // The C library's name.
    private static extern int kill(int pid, int signal);
#pragma warning restore SA1300, IDE1006

    private async Task PumpAsync(StreamReader reader, StringBuilder target)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (_gate)
            {
                target.Append(buffer, 0, read);
            }
        }
    }
}
