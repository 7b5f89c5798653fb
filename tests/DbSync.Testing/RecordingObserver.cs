using DbSync.Migrations;

namespace DbSync.Testing;

/// <summary>Keeps everything the engine reports, to check what a user would read.</summary>
public sealed class RecordingObserver : IMigrationObserver
{
    public List<string> Lines { get; } = [];

    public string Text => string.Join("\n", Lines);

    public void StepStarting(MigrationStep step) => Lines.Add("start " + step);

    public void StepCompleted(MigrationStep step, TimeSpan elapsed) => Lines.Add("done " + step);

    public void Warning(string message) => Lines.Add("warning: " + message);

    public void Debug(string message) => Lines.Add("debug: " + message);
}
