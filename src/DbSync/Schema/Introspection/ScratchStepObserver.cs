using DbSync.Migrations;

namespace DbSync.Schema.Introspection;

/// <summary>Steps applied to a scratch database are detail, not progress: they go to debug output, warnings pass through.</summary>
internal sealed class ScratchStepObserver(IMigrationObserver inner) : IMigrationObserver
{
    public void StepStarting(MigrationStep step)
    {
    }

    public void StepCompleted(MigrationStep step, TimeSpan elapsed) =>
        inner.Debug("applied " + step + " to the scratch database in " + elapsed.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " ms");

    public void Warning(string message) => inner.Warning(message);

    public void Debug(string message) => inner.Debug(message);
}
