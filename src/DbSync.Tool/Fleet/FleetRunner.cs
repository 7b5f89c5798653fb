using System.Data.Common;
using System.Diagnostics;
using DbSync.Core.Errors;

namespace DbSync.Tool.Fleet;

/// <summary>
/// Runs one command on every database of a fleet, at most <c>parallel</c> at a time: each database takes the same
/// engine path as the single-database command (its own connection, its own lock), and its failure is recorded, not
/// thrown, so the others go on. With --fail-fast no database starts after a failure; Ctrl-C (the token) stops starting
/// new ones and the running ones stop between statements, as a single run does. The runs already going are never
/// abandoned: each ends with an outcome.
/// </summary>
internal sealed class FleetRunner(int parallel, bool failFast, FleetConsole console)
{
    /// <summary>The command's work on one database; <paramref name="observer"/> is its engine observer.</summary>
    public delegate Task<FleetOutcome> Body(FleetMember member, FleetDatabaseObserver observer, CancellationToken cancellationToken);

    private volatile bool _stopStarting;

    /// <summary>Every member's outcome, in the fleet's order; <paramref name="describe"/> gives a finished database's progress line.</summary>
    public async Task<IReadOnlyList<FleetOutcome>> RunAsync(IReadOnlyList<FleetMember> members, Body body, Func<FleetOutcome, string> describe,
        CancellationToken cancellationToken)
    {
        var outcomes = new FleetOutcome?[members.Count];
        int next = -1;

        async Task WorkAsync()
        {
            while (!_stopStarting && !cancellationToken.IsCancellationRequested)
            {
                int index = Interlocked.Increment(ref next);
                if (index >= members.Count)
                {
                    return;
                }

                FleetMember member = members[index];
                FleetDatabaseObserver observer = console.Started(member);
                FleetOutcome outcome = await RunOneAsync(member, observer, body, cancellationToken).ConfigureAwait(false);
                outcomes[index] = outcome;
                console.Finished(observer, outcome, describe(outcome));
                if (failFast && outcome.Status.IsFailure())
                {
                    _stopStarting = true;
                }
            }
        }

        // Task.Run: SQLite's driver does its work synchronously under async signatures, so each worker needs a thread.
        await Task.WhenAll(Enumerable.Range(0, Math.Min(parallel, members.Count)).Select(_ => Task.Run(WorkAsync, CancellationToken.None))).ConfigureAwait(false);

        var result = new List<FleetOutcome>(members.Count);
        for (int i = 0; i < members.Count; i++)
        {
            if (outcomes[i] is not { } outcome)
            {
                outcome = new FleetOutcome(members[i], FleetStatus.NotStarted, null, null, TimeSpan.Zero);
                console.Finished(null, outcome, describe(outcome));
            }

            result.Add(outcome);
        }

        return result;
    }

    /// <summary>The body on one database, with its failure caught as the single-database command's error policy would print it.</summary>
    private static async Task<FleetOutcome> RunOneAsync(FleetMember member, FleetDatabaseObserver observer, Body body, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await body(member, observer, cancellationToken).ConfigureAwait(false) with { Elapsed = clock.Elapsed };
        }
        catch (DbSyncException e)
        {
            var status = e.Code == ErrorCodes.Interrupted ? FleetStatus.Interrupted : FleetStatus.Failed;
            return Failed(member, status, clock, e.Code, e.ToDiagnosticString()) with { From = observer.FirstFrom, To = observer.Reached ?? observer.FirstFrom };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Failed(member, FleetStatus.Interrupted, clock, ErrorCodes.Interrupted, "error " + ErrorCodes.Interrupted + ": interrupted before any change");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(member, FleetStatus.Failed, clock, ErrorCodes.FileAccess, "error " + ErrorCodes.FileAccess + ": " + e.Message);
        }
        catch (DbException e)
        {
            return Failed(member, FleetStatus.Failed, clock, ErrorCodes.Database, "error " + ErrorCodes.Database + ": the database failed: " + e.Message);
        }
#pragma warning disable CA1031 // One database's bug must not stop the others; it is reported as the single command reports it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Failed(member, FleetStatus.Failed, clock, "unexpected", "error: unexpected " + e.GetType().Name + ": " + e.Message);
        }
    }

    private static FleetOutcome Failed(FleetMember member, FleetStatus status, Stopwatch clock, string code, string error) =>
        new(member, status, null, null, clock.Elapsed) { ErrorCode = code, Error = error };
}
