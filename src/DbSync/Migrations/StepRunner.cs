using System.Diagnostics;
using DbSync.Dialects;
using DbSync.Errors;
using DbSync.Versioning;

namespace DbSync.Migrations;

/// <summary>
/// The step loop, the same for every database: open the dialect's step scope, read the version in it, take the next
/// step from the plan, run its statements, record the version row, report. A failed statement ends the run with
/// the script, line and statement, and the scope's word on where the database was left.
/// </summary>
internal sealed class StepRunner(DatabaseSession session, VersionTable versionTable, IMigrationObserver observer)
{
    /// <summary>Applies the steps <paramref name="plan"/> gives from the version the database is at, until it gives none.</summary>
    public async Task<(IReadOnlyList<MigrationStep> Applied, long End)> RunAsync(MigrationPlan plan, CancellationToken cancellationToken)
    {
        var applied = new List<MigrationStep>();
        while (true)
        {
            await using IStepScope scope = await session.BeginStepAsync(versionTable, cancellationToken).ConfigureAwait(false);
            long current = await scope.ReadVersionAsync(cancellationToken).ConfigureAwait(false);
            MigrationStep? step = plan.Next(current);
            if (step == null)
            {
                return (applied, current);
            }

            int first = await scope.ResumeAtAsync(step, observer, cancellationToken).ConfigureAwait(false);
            observer.StepStarting(step);
            var clock = Stopwatch.StartNew();
            for (int i = first; i < step.Statements.Count; i++)
            {
                try
                {
                    await scope.ExecuteAsync(step, i, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (session.IsDatabaseFailure(e))
                {
                    string outcome = await scope.FailAsync(step, i, e, CancellationToken.None).ConfigureAwait(false);
                    var statement = step.Statements[i];
                    throw new StatementFailedException(step.Script.Path, statement.Line, statement.Text, session.DescribeFailure(e), outcome, e);
                }
            }

            await scope.CompleteAsync(step, cancellationToken).ConfigureAwait(false);
            observer.StepCompleted(step, clock.Elapsed);
            applied.Add(step);
        }
    }
}
