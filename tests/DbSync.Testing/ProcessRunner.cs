using System.Diagnostics;

namespace DbSync.Testing;

/// <summary>Runs a process to completion with a time limit, capturing its output.</summary>
public static class ProcessRunner
{
    /// <param name="input">Text written to the process's standard input (closed after it); null closes it at once.</param>
    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null, string? input = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var pair in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[pair.Key] = pair.Value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + fileName);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (input != null)
        {
            try
            {
                await process.StandardInput.WriteAsync(input);
            }
            catch (IOException)
            {
                // The process stopped reading (it failed early): its exit code and output say why.
            }
        }

        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(fileName + " " + string.Join(" ", args) + " did not finish in time");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
