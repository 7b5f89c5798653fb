using System.Diagnostics;
using System.Reflection;

namespace DbSync.EntityFrameworkCore.Exporter;

/// <summary>
/// Runs the application's entry point on a background thread until Microsoft.Extensions.Hosting (6+) announces the
/// built host on its DiagnosticListener ("HostBuilt"), then stops the entry point by throwing from that event, so the
/// host never starts. How EF Core's tools read a minimal-hosting application's services.
/// </summary>
internal sealed class HostingListener(MethodInfo entryPoint, string[] arguments) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);
    private static readonly AsyncLocal<HostingListener?> Current = new();

    private readonly TaskCompletionSource<object> _host = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IDisposable? _subscription;

    /// <summary>Whether the application carries Microsoft.Extensions.Hosting 6 or later, whose hosts raise the events.</summary>
    public static bool CanListen()
    {
        try
        {
            return Assembly.Load(new AssemblyName("Microsoft.Extensions.Hosting")).GetName().Version?.Major >= 6;
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException)
        {
            return false;
        }
    }

    public object BuildHost()
    {
        using IDisposable all = DiagnosticListener.AllListeners.Subscribe(this);
        var thread = new Thread(Run) { IsBackground = true, Name = "application entry point" };
        thread.Start();
        if (!_host.Task.Wait(Timeout))
        {
            throw new TimeoutException("the entry point did not build its host within " + Timeout.TotalSeconds + " s");
        }

        return _host.Task.GetAwaiter().GetResult();
    }

    private void Run()
    {
        Current.Value = this;
        try
        {
            entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? [] : new object[] { arguments });
            _host.TrySetException(new InvalidOperationException("the entry point returned without building a host"));
        }
        catch (TargetInvocationException e) when (e.InnerException is StopHost || e.InnerException?.GetType().Name == "HostAbortedException")
        {
            // Stopped here, once the host was built.
        }
        catch (Exception e)
        {
            _host.TrySetException(ExportException.Unwrap(e));
        }
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (Current.Value == this && listener.Name == "Microsoft.Extensions.Hosting")
        {
            _subscription = listener.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Current.Value == this && value.Key == "HostBuilt" && value.Value != null)
        {
            _host.TrySetResult(value.Value);
            throw Type.GetType("Microsoft.Extensions.Hosting.HostAbortedException, Microsoft.Extensions.Hosting.Abstractions") is { } aborted
                ? (Exception)Activator.CreateInstance(aborted)!
                : new StopHost();
        }
    }

    public void OnCompleted() => _subscription?.Dispose();

    public void OnError(Exception error)
    {
    }

    private sealed class StopHost : Exception;
}
