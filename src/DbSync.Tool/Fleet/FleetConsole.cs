using System.Globalization;
using DbSync.Tool.Cli;

namespace DbSync.Tool.Fleet;

/// <summary>
/// Progress of a fleet run, never garbled by the parallel runs (every write takes one lock). Redirected: one line per
/// finished database. On a terminal: the same lines, and below them one live line per running database (what it runs,
/// for how long), redrawn four times a second. Progress goes where ConsoleReporter sends it: stdout, or stderr under
/// --format json; nowhere under --quiet. Warnings and debug lines go to stderr.
/// </summary>
internal sealed class FleetConsole : IDisposable
{
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter? _progress;
    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly bool _debug;
    private readonly bool _quiet;
    private readonly int _total;
    private readonly object _sync = new();
    private readonly List<FleetDatabaseObserver> _running = [];
    private readonly Thread? _redrawer;
    private readonly ManualResetEventSlim _stopRedrawing = new();
    private int _finished;
    private int _liveLines;

    public FleetConsole(TextWriter? progress, TextWriter error, bool terminal, bool debug, bool quiet, int total)
    {
        _progress = progress;
        _error = error;
        _terminal = terminal && progress != null;
        _debug = debug;
        _quiet = quiet;
        _total = total;
        if (_terminal)
        {
            // A thread of its own, not a pool timer: the parallel runs block pool threads in synchronous driver calls
            // (SQLite), and with as many runs as cores a timer's callback waited until a database was done.
            _redrawer = new Thread(RedrawUntilDisposed) { IsBackground = true, Name = "fleet live lines" };
            _redrawer.Start();
        }
    }

    public FleetDatabaseObserver Started(FleetMember member)
    {
        var observer = new FleetDatabaseObserver(member, this);
        lock (_sync)
        {
            _running.Add(observer);
            EraseLive();
            DrawLive();
        }

        return observer;
    }

    /// <summary>The database's line, once it is done: "[ 17/200] upgraded     sqlite:///t/a.db  0 -> 4  12 ms".</summary>
    public void Finished(FleetDatabaseObserver? observer, FleetOutcome outcome, string line)
    {
        lock (_sync)
        {
            if (observer != null)
            {
                _running.Remove(observer);
            }

            _finished++;
            if (_progress == null)
            {
                return;
            }

            EraseLive();
            string width = _total.ToString(CultureInfo.InvariantCulture);
            _progress.WriteLine("[" + _finished.ToString(CultureInfo.InvariantCulture).PadLeft(width.Length) + "/" + width + "] "
                + outcome.Status.Text().PadRight(14) + " " + line);
            DrawLive();
            _progress.Flush();
        }
    }

    public void Warning(string message)
    {
        if (!_quiet)
        {
            Other("warning: " + message);
        }
    }

    public void Debug(string message)
    {
        if (_debug)
        {
            Other("debug: " + message);
        }
    }

    /// <summary>Takes the live lines off the terminal, so what follows (the summary) starts on a clean line.</summary>
    public void Dispose()
    {
        _stopRedrawing.Set();
        _redrawer?.Join();
        _stopRedrawing.Dispose();
        lock (_sync)
        {
            _running.Clear();
            EraseLive();
        }
    }

    private void RedrawUntilDisposed()
    {
        while (!_stopRedrawing.Wait(Redraw))
        {
            lock (_sync)
            {
                DrawLive();
            }
        }
    }

    private void Other(string line)
    {
        lock (_sync)
        {
            EraseLive();
            _progress?.Flush();
            _error.WriteLine(line);
            _error.Flush();
            DrawLive();
        }
    }

    /// <summary>Moves the cursor to the first live line and clears from there down; under the lock.</summary>
    private void EraseLive()
    {
        if (_terminal && _liveLines > 0)
        {
            _progress!.Write("\u001b[" + _liveLines.ToString(CultureInfo.InvariantCulture) + "F\u001b[J");
            _liveLines = 0;
        }
    }

    /// <summary>One line per running database, cut to the terminal's width so none wraps; under the lock.</summary>
    private void DrawLive()
    {
        if (!_terminal)
        {
            return;
        }

        EraseLive();
        int width = TerminalWidth();
        foreach (FleetDatabaseObserver running in _running)
        {
            string line = "  " + running.Member.Name + "  " + running.Doing + "  "
                + ((int)running.Clock.Elapsed.TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s";
            _progress!.WriteLine(line.Length < width ? line : line[..(width - 1)]);
            _liveLines++;
        }

        _progress!.Flush();
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 10 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    /// <summary>A milliseconds figure as the single-database output prints it ("12 ms", "3.4 ms").</summary>
    public static string Time(TimeSpan elapsed) => elapsed.TotalSeconds >= 10
        ? elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
        : ConsoleReporter.Milliseconds(elapsed);
}
