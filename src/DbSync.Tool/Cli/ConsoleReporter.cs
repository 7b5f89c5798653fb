using System.Globalization;
using System.Text.Json;
using DbSync.Migrations;

namespace DbSync.Tool.Cli;

/// <summary>
/// Prints progress the way operators read it: one line per step with its time, warnings and debug on stderr. Under
/// --format json stdout holds only the command's JSON document: the text result is left out and progress goes to
/// stderr. Under --quiet only errors (and a JSON document asked for) are printed.
/// </summary>
/// <param name="terminal">Whether progress lines go to a terminal, where a long step shows its elapsed time (<see cref="ElapsedLine"/>).</param>
internal sealed class ConsoleReporter(TextWriter output, TextWriter error, bool debug, OutputFormat format = OutputFormat.Text, bool quiet = false,
    bool terminal = false) : IMigrationObserver
{
    private readonly List<(MigrationStep Step, TimeSpan Elapsed)> _completed = [];

    // Every write takes it: the elapsed-time ticks come from a timer thread.
    private readonly object _sync = new();
    private bool _lineOpen;
    private ElapsedLine? _elapsed;

    /// <summary>Whether the command's result is a JSON document (<see cref="Json"/>) rather than text lines (<see cref="Info"/>).</summary>
    public bool IsJson => format == OutputFormat.Json;

    public bool IsQuiet => quiet;

    /// <summary>The steps completed so far with their times, for a summary.</summary>
    public IReadOnlyList<(MigrationStep Step, TimeSpan Elapsed)> Completed => _completed;

    /// <summary>Where progress lines go: stdout for text, stderr under --format json (stdout is the document); nowhere under --quiet.</summary>
    private TextWriter? Progress => quiet ? null : IsJson ? error : output;

    public void StepStarting(MigrationStep step)
    {
        if (Progress is { } progress)
        {
            lock (_sync)
            {
                // Written before the step runs, so a long step shows what it is waiting on.
                string line = "Running " + step + " ... ";
                progress.Write(line);
                progress.Flush();
                _lineOpen = true;
                _elapsed = terminal ? new ElapsedLine(progress, line, _sync) : null;
            }
        }
    }

    public void StepCompleted(MigrationStep step, TimeSpan elapsed)
    {
        _completed.Add((step, elapsed));
        if (Progress is { } progress)
        {
            StopElapsed();
            lock (_sync)
            {
                progress.WriteLine(Milliseconds(elapsed));
                _lineOpen = false;
            }
        }
    }

    public void Warning(string message)
    {
        if (!quiet)
        {
            lock (_sync)
            {
                CloseLine();
                error.WriteLine("warning: " + message);
            }
        }
    }

    public void Debug(string message)
    {
        if (debug)
        {
            lock (_sync)
            {
                CloseLine();
                error.WriteLine("debug: " + message);
            }
        }
    }

    /// <summary>A line of the command's text result, on stdout; left out under --format json (the document replaces it) and --quiet.</summary>
    public void Info(string message)
    {
        if (!quiet && !IsJson)
        {
            lock (_sync)
            {
                CloseLine();
                output.WriteLine(message);
            }
        }
    }

    /// <summary>A line about the run rather than its result (which database it works on), on stderr so stdout stays parseable.</summary>
    public void Note(string message)
    {
        if (!quiet)
        {
            lock (_sync)
            {
                CloseLine();
                error.WriteLine(message);
            }
        }
    }

    /// <summary>The command's JSON document on stdout (under --format json; printed under --quiet too, since it was asked for).</summary>
    public void Json(Action<Utf8JsonWriter> write)
    {
        lock (_sync)
        {
            CloseLine();
            JsonOutput.Write(output, write);
        }
    }

    /// <summary>An error line as it is (the caller formats it: "path(line,col): error DBSnnn: ..."), after closing an open step line.</summary>
    public void Error(string message)
    {
        StopElapsed();
        lock (_sync)
        {
            if (_lineOpen)
            {
                Progress?.WriteLine("failed");
                _lineOpen = false;
            }

            output.Flush();
            error.WriteLine(message);
        }
    }

    public static string Milliseconds(TimeSpan elapsed) =>
        elapsed.TotalMilliseconds.ToString(elapsed.TotalMilliseconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>Ends the step's elapsed-time ticks (outside the lock: stopping takes it).</summary>
    private void StopElapsed()
    {
        _elapsed?.Stop();
        _elapsed = null;
    }

    /// <summary>Ends an open step line before another line; called under the lock.</summary>
    private void CloseLine()
    {
        _elapsed?.Stop();
        _elapsed = null;
        if (_lineOpen)
        {
            Progress?.WriteLine();
            _lineOpen = false;
        }
    }
}
