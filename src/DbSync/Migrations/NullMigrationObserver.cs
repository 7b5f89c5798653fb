namespace DbSync.Migrations;

/// <summary>An observer that ignores everything, for hosts that only want the result.</summary>
public sealed class NullMigrationObserver : IMigrationObserver
{
    public static readonly NullMigrationObserver Instance = new();

    public void StepStarting(MigrationStep step)
    {
    }

    public void StepCompleted(MigrationStep step, TimeSpan elapsed)
    {
    }

    public void Warning(string message)
    {
    }

    public void Debug(string message)
    {
    }
}
