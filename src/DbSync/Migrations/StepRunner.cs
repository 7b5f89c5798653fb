using System.Diagnostics;
using System.Globalization;
using DbSync.Core.Errors;
using DbSync.Core.Sql;
using DbSync.Dialects;
using DbSync.Errors;
using DbSync.Versioning;

namespace DbSync.Migrations;

/// <summary>
/// The step loop, the same for every database: open the dialect's step scope, read the version in it, take the next
/// step from the plan, run its statements, record the version row, report. A failed statement ends the run with
/// the script, line and statement, and the scope's word on where the database was left. An interruption (Ctrl-C,
/// SIGTERM) takes effect between statements: the statement running finishes, the scope keeps or undoes what it may,
/// and the run ends saying where the database is (DBS112).
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

            if (cancellationToken.IsCancellationRequested)
            {
                throw Interrupted("stopped before " + step.Name + "; the database is at version " + current.ToString(CultureInfo.InvariantCulture) + ".");
            }

            int first = await scope.ResumeAtAsync(step, observer, cancellationToken).ConfigureAwait(false);
            versionTable.Audit?.Start(step);
            observer.StepStarting(step);
            var clock = Stopwatch.StartNew();
            using (var statements = new StatementCursor(step.Statements))
            {
                while (statements.MoveNext())
                {
                    if (statements.Index < first)
                    {
                        continue;
                    }

                    if (cancellationToken.IsCancellationRequested)
                    {
                        throw Interrupted(await scope.InterruptAsync(step, statements.Current, statements.Index, CancellationToken.None).ConfigureAwait(false));
                    }

                    SqlStatement statement = statements.Current;
                    try
                    {
                        // Not cancelled mid-statement: a statement the server is running finishes, so what it did is known.
                        await scope.ExecuteAsync(step, statement, statements.Index, statements.Next, CancellationToken.None).ConfigureAwait(false);
                    }
                    catch (Exception e) when (session.IsDatabaseFailure(e))
                    {
                        string outcome = await scope.FailAsync(step, statement, statements.Index, e, CancellationToken.None).ConfigureAwait(false);
                        await RecordFailureAsync(step).ConfigureAwait(false);
                        throw new StatementFailedException(step.Script.Path, statement.Line, statement.Text, session.DescribeFailure(e), outcome, e);
                    }
                }
            }

            await scope.CompleteAsync(step, CancellationToken.None).ConfigureAwait(false);
            observer.StepCompleted(step, clock.Elapsed);
            applied.Add(step);
        }
    }

    /// <summary>
    /// The failed version's row in the audit trail, written after its transaction rolled back (so it stays). Best effort:
    /// a lost connection cannot write it, and the statement's own failure is what the run reports.
    /// </summary>
    private async Task RecordFailureAsync(MigrationStep step)
    {
        if (versionTable.Audit is not { } audit || session.Connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await audit.Table.InsertAsync(audit.Of(step, success: false), null, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (session.IsDatabaseFailure(e))
        {
            observer.Debug("could not record the failure of " + step.Name + " in " + HistorySql.TableName + ": " + session.DescribeFailure(e));
        }
    }

    private static DbSyncException Interrupted(string outcome) => new(ErrorCodes.Interrupted, "interrupted: " + outcome);
}
