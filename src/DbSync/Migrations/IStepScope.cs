using DbSync.Core.Sql;

namespace DbSync.Migrations;

/// <summary>
/// How one version step is made safe on a database: the engine's step loop (<see cref="StepRunner"/>) reads the
/// version inside it, runs the step's statements through it and completes it, which records the version row. A
/// scope that is disposed without completing undoes what the database lets it undo.
/// </summary>
public interface IStepScope : IAsyncDisposable
{
    /// <summary>The repository's version as this scope sees it (SQLite: inside its write transaction, so it cannot go stale).</summary>
    Task<long> ReadVersionAsync(CancellationToken cancellationToken);

    /// <summary>The index of the first statement of <paramref name="step"/> to run: 0, or after those an earlier run applied.</summary>
    Task<int> ResumeAtAsync(MigrationStep step, IMigrationObserver observer, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="statement"/>, statement <paramref name="index"/> (0-based) of <paramref name="step"/>;
    /// <paramref name="next"/> is the one after it, or null when it is the last.
    /// </summary>
    Task ExecuteAsync(MigrationStep step, SqlStatement statement, int index, SqlStatement? next, CancellationToken cancellationToken);

    /// <summary>Moves the version row from <see cref="MigrationStep.From"/> to <see cref="MigrationStep.To"/> and makes the step permanent.</summary>
    Task CompleteAsync(MigrationStep step, CancellationToken cancellationToken);

    /// <summary>
    /// Statement <paramref name="index"/> failed with <paramref name="exception"/>: undo what can be undone, record what
    /// cannot, and say in one sentence where the database was left.
    /// </summary>
    Task<string> FailAsync(MigrationStep step, SqlStatement statement, int index, Exception exception, CancellationToken cancellationToken);

    /// <summary>
    /// The run was interrupted (Ctrl-C, SIGTERM) before <paramref name="nextStatement"/>, statement <paramref name="next"/>
    /// (0-based): keep what the database lets it keep, record it, and say in one sentence where the database was left.
    /// </summary>
    Task<string> InterruptAsync(MigrationStep step, SqlStatement nextStatement, int next, CancellationToken cancellationToken);
}
