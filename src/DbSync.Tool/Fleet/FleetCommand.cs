using System.Diagnostics;
using System.Globalization;
using DbSync.Core.Errors;
using DbSync.Core.Repository;
using DbSync.Core.Validation;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Tool.Cli;
using DbSync.Tool.Commands;

namespace DbSync.Tool.Fleet;

/// <summary>
/// upgrade, version and check over a fleet: the repository is loaded (and dbsync.sum verified) once, then each
/// database runs the engine's single-database path through <see cref="FleetRunner"/>. Exit code 1 when any database
/// failed (DBS121, naming them), and for check when any is not at the latest version.
/// </summary>
internal static class FleetCommand
{
    /// <summary>The command's exit code over the fleet, or null when no fleet is asked for (the single-database command runs).</summary>
    public static async Task<int?> TryRunAsync(CliContext context, FleetCommandKind kind, string? revision, CancellationToken cancellationToken)
    {
        FleetDefinition? fleet = await FleetDefinition.LoadAsync(context, cancellationToken).ConfigureAwait(false);
        if (fleet == null)
        {
            return null;
        }

        MigrationRepository repository = context.LoadRepository();
        RevisionTarget target = revision == null ? RevisionTarget.To(repository.Latest) : RevisionResolver.ResolveTarget(revision, repository, upgrade: true);
        MigrationOptions options = Options(context, kind);
        if (kind == FleetCommandKind.Upgrade && SumFileVerifier.Verify(repository.Path) is { Count: > 0 } findings)
        {
            // Once for the fleet, before any database: a script edited since dbsync.sum recorded it reaches none of them.
            throw new RepositoryException(findings);
        }

        ConsoleReporter reporter = context.Reporter;
        reporter.Note("Fleet: " + Databases(fleet.Members.Count) + " from " + fleet.Source + ", " + fleet.Parallel.ToString(CultureInfo.InvariantCulture)
            + " at a time" + (fleet.FailFast ? ", stopping at the first failure" : string.Empty));
        var clock = Stopwatch.StartNew();
        IReadOnlyList<FleetOutcome> outcomes;
        using (var console = new FleetConsole(reporter.IsQuiet ? null : reporter.IsJson ? Console.Error : Console.Out, Console.Error,
            terminal: reporter.IsJson ? !Console.IsErrorRedirected : !Console.IsOutputRedirected, context.ParseResult.GetValue(GlobalOptions.Debug),
            reporter.IsQuiet, fleet.Members.Count))
        {
            var runner = new FleetRunner(fleet.Parallel, fleet.FailFast, console);
            outcomes = await runner.RunAsync(fleet.Members, (member, observer, token) => RunOneAsync(kind, repository, target, options, member, observer, token),
                outcome => FleetReport.Line(kind, outcome), cancellationToken).ConfigureAwait(false);
        }

        var report = new FleetReport(kind, fleet, repository.Latest, outcomes, clock.Elapsed);
        if (reporter.IsJson)
        {
            reporter.Json(report.WriteJson);
        }
        else
        {
            reporter.Info(string.Empty);
            foreach (string line in report.TextLines())
            {
                reporter.Info(line);
            }
        }

        return Verdict(context, kind, report, outcomes);
    }

    private static int Verdict(CliContext context, FleetCommandKind kind, FleetReport report, IReadOnlyList<FleetOutcome> outcomes)
    {
        if (report.Failed > 0)
        {
            var names = outcomes.Where(o => o.Status.IsFailure() && o.Status != FleetStatus.NotStarted).Select(o => o.Member.Name).ToList();
            int notStarted = outcomes.Count(o => o.Status == FleetStatus.NotStarted);
            context.Reporter.Error("error " + ErrorCodes.FleetFailed + ": " + names.Count.ToString(CultureInfo.InvariantCulture) + " of " + Databases(outcomes.Count) + " failed ("
                + string.Join(", ", names.Take(5)) + (names.Count > 5 ? ", and " + (names.Count - 5).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty) + ")"
                + (notStarted > 0 ? "; " + Databases(notStarted) + " not started" : string.Empty)
                + "; the others are done. Fix and rerun: databases already at the target are left as they are.");
            return CommandAction.Failure;
        }

        if (kind == FleetCommandKind.Check && report.NotAtLatest > 0)
        {
            context.Reporter.Note(Databases(report.NotAtLatest) + " not at the latest version: run 'dotnet dbsync upgrade' over the fleet.");
            return CommandAction.Failure;
        }

        return CommandAction.Success;
    }

    private static async Task<FleetOutcome> RunOneAsync(FleetCommandKind kind, MigrationRepository repository, RevisionTarget target, MigrationOptions options,
        FleetMember member, FleetDatabaseObserver observer, CancellationToken cancellationToken)
    {
        var migrator = new Migrator(repository, member.Url, observer, options);
        if (kind == FleetCommandKind.Upgrade)
        {
            MigrationResult result = await migrator.UpgradeAsync(target, cancellationToken).ConfigureAwait(false);
            return new FleetOutcome(member, result.Steps.Count > 0 ? FleetStatus.Upgraded : FleetStatus.UpToDate, result.StartVersion, result.EndVersion, result.Elapsed)
            {
                Applied = result.Steps.Count,
            };
        }

        DatabaseStatus status = await migrator.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        FleetStatus state = status.Incomplete != null ? FleetStatus.PartlyApplied
            : status.Version == null ? FleetStatus.Unversioned
            : status.Version == repository.Latest ? FleetStatus.UpToDate
            : FleetStatus.Behind;
        return new FleetOutcome(member, state, status.Version, status.Version, TimeSpan.Zero) { Incomplete = status.Incomplete };
    }

    /// <summary>The single command's options: --no-sanity-check, --allow-changed, --lock-timeout and --lock-lease; dbsync.sum is verified once for the fleet.</summary>
    private static MigrationOptions Options(CliContext context, FleetCommandKind kind) => context.WithLockOptions(
        (kind == FleetCommandKind.Upgrade ? SanityCheckOption.Options(context.ParseResult) : new MigrationOptions()) with { VerifySumFile = false });

    private static string Databases(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " database" : " databases");
}
