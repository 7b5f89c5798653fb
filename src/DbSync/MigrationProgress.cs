using DbSync.Migrations;

namespace DbSync;

/// <summary>Where a <see cref="DbSyncMigrator"/> run is: one report when a version starts, one when it completes.</summary>
/// <param name="Step">The version being applied: its versions (<see cref="MigrationStep.From"/>, <see cref="MigrationStep.To"/>) and script.</param>
/// <param name="Stage">Whether the step is starting or completed.</param>
/// <param name="TargetVersion">The version the run goes to.</param>
/// <param name="Elapsed">How long the step took; zero when it is starting.</param>
public sealed record MigrationProgress(MigrationStep Step, MigrationProgressStage Stage, long TargetVersion, TimeSpan Elapsed);

/// <summary>The two moments a <see cref="MigrationProgress"/> reports.</summary>
public enum MigrationProgressStage
{
    /// <summary>The step's first statement is about to run.</summary>
    Starting,

    /// <summary>The step's statements ran and the version row moved.</summary>
    Completed,
}
