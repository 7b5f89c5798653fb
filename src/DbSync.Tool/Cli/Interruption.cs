using System.Runtime.InteropServices;

namespace DbSync.Tool.Cli;

/// <summary>
/// Ctrl-C and SIGTERM stop a run after the statement the database is running, so what it did is known and recorded:
/// the first signal cancels the command's token (the step loop stops between statements and says where the database
/// is); a second one ends the process at once, as the default handling would.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public Interruption()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public CancellationToken Token => _cancellation.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _cancellation.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_cancellation.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        Console.Error.WriteLine("stopping after the current statement (" + (context.Signal == PosixSignal.SIGINT ? "Ctrl-C" : "SIGTERM")
            + " again stops at once)");
        _cancellation.Cancel();
    }
}
