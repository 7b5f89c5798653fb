using System.Globalization;
using DbSync.Migrations;

namespace DbSync.Tool.Cli;

/// <summary>Prints progress the way operators read it: one line per step with its time, warnings and debug on stderr.</summary>
internal sealed class ConsoleReporter(TextWriter output, TextWriter error, bool debug) : IMigrationObserver
{
    private bool _lineOpen;

    public void StepStarting(MigrationStep step)
    {
        // Written before the step runs, so a long step shows what it is waiting on.
        output.Write("Running " + step + " ... ");
        output.Flush();
        _lineOpen = true;
    }

    public void StepCompleted(MigrationStep step, TimeSpan elapsed)
    {
        output.WriteLine(Milliseconds(elapsed));
        _lineOpen = false;
    }

    public void Warning(string message)
    {
        CloseLine();
        error.WriteLine("warning: " + message);
    }

    public void Debug(string message)
    {
        if (debug)
        {
            CloseLine();
            error.WriteLine("debug: " + message);
        }
    }

    public void Info(string message)
    {
        CloseLine();
        output.WriteLine(message);
    }

    /// <summary>A line about the run rather than its result (which database it works on), on stderr so stdout stays parseable.</summary>
    public void Note(string message)
    {
        CloseLine();
        error.WriteLine(message);
    }

    /// <summary>An error line as it is (the caller formats it: "path(line,col): error DBSnnn: ..."), after closing an open step line.</summary>
    public void Error(string message)
    {
        if (_lineOpen)
        {
            output.WriteLine("failed");
            _lineOpen = false;
        }

        output.Flush();
        error.WriteLine(message);
    }

    public static string Milliseconds(TimeSpan elapsed) =>
        elapsed.TotalMilliseconds.ToString(elapsed.TotalMilliseconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ms";

    private void CloseLine()
    {
        if (_lineOpen)
        {
            output.WriteLine();
            _lineOpen = false;
        }
    }
}
