using System.Diagnostics;

namespace DbSync.EntityFrameworkCore;

/// <summary>
/// Runs the .NET host (<c>dotnet build</c>, <c>dotnet exec</c>) and captures its output. The host is the one running
/// DbSync when DbSync runs under it, else <c>dotnet</c> from DOTNET_HOST_PATH, DOTNET_ROOT or PATH (the Native AOT tool).
/// </summary>
internal static class DotNetProcess
{
    /// <summary>How long to keep reading output after the process exits: a build server it started may hold the pipes open.</summary>
    private static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(2);

    public static string HostPath
    {
        get
        {
            string? current = Environment.ProcessPath;
            if (current != null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                return current;
            }

            if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
            {
                return host;
            }

            string executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
            return Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, executable))
                ? Path.Combine(root, executable)
                : executable;
        }
    }

    public static async Task<DotNetResult> RunAsync(IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(HostPath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = Environment.GetEnvironmentVariable("DOTNET_CLI_TELEMETRY_OPTOUT") ?? "1";
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("no process");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new Core.Errors.DbSyncException(Core.Errors.ErrorCodes.Model,
                "cannot run '" + HostPath + "' (" + e.Message + "): EF Core models need the .NET SDK, as 'dotnet ef' does; put dotnet on PATH or set DOTNET_ROOT");
        }

        using (process)
        {
            process.StandardInput.Close();
            Task<string> stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            Task<string> stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(DrainTime, CancellationToken.None)).ConfigureAwait(false);
            return new DotNetResult(process.ExitCode, Completed(stdout), Completed(stderr));
        }
    }

    private static string Completed(Task<string> output) => output.IsCompletedSuccessfully ? output.Result : string.Empty;
}
