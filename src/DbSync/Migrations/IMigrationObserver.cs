namespace DbSync.Migrations;

/// <summary>What the engine reports while it works; the CLI prints it, a host application may log it.</summary>
public interface IMigrationObserver
{
    void StepStarting(MigrationStep step);

    void StepCompleted(MigrationStep step, TimeSpan elapsed);

    /// <summary>Something the user should know that does not stop the run (e.g. a skipped COMMIT).</summary>
    void Warning(string message);

    /// <summary>Detail shown with --debug. Never receives a password.</summary>
    void Debug(string message);
}
