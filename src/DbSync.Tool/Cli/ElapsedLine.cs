using System.Diagnostics;
using System.Globalization;

namespace DbSync.Tool.Cli;

/// <summary>
/// The live part of a step's line on a terminal: once a step has run for two seconds, its line ends in the time
/// elapsed, rewritten each second ("Running upgrade 4 -> 5 (005_backfill) ... 12 s"), so an operator sees a long
/// version working rather than a frozen prompt. Only on a terminal: redirected output gets the plain line.
/// </summary>
internal sealed class ElapsedLine : IDisposable
{
    private static readonly TimeSpan ShownAfter = TimeSpan.FromSeconds(2);

    private readonly TextWriter _writer;
    private readonly string _line;
    private readonly object _sync;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private int _shownWidth;
    private bool _stopped;

    /// <param name="sync">The lock every write to the terminal takes, so a tick never lands inside another line.</param>
    public ElapsedLine(TextWriter writer, string line, object sync)
    {
        _writer = writer;
        _line = line;
        _sync = sync;
        _timer = new Timer(_ => Tick(), null, ShownAfter, TimeSpan.FromSeconds(1));
    }

    /// <summary>Stops the ticks and takes the elapsed time back off the line, leaving it as it was written ("... ").</summary>
    public void Stop()
    {
        lock (_sync)
        {
            _timer.Dispose();
            _stopped = true;
            if (_shownWidth > 0)
            {
                // Blank the elapsed time, then put the cursor back after the line's own text.
                _writer.Write("\r" + _line + new string(' ', _shownWidth) + "\r" + _line);
                _writer.Flush();
                _shownWidth = 0;
            }
        }
    }

    public void Dispose() => Stop();

    private void Tick()
    {
        lock (_sync)
        {
            if (_stopped)
            {
                return;
            }

            string elapsed = ((int)_clock.Elapsed.TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s";
            _writer.Write("\r" + _line + elapsed);
            _writer.Flush();
            _shownWidth = elapsed.Length;
        }
    }
}
