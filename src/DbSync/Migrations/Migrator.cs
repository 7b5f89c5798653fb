using System.Diagnostics;
using DbSync.Configuration;
using DbSync.Core.Repository;
using DbSync.Core.Validation;
using DbSync.Dialects;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Versioning;

namespace DbSync.Migrations;

/// <summary>
/// Moves a database between the versions of a repository: the engine behind upgrade, downgrade, stamp, version and
/// history. Usable as a library (e.g. at application start-up) as well as through the CLI.
/// </summary>
public sealed partial class Migrator
{
    private readonly MigrationRepository _repository;
    private readonly DatabaseDialect _dialect;
    private readonly DatabaseUrl _url;
    private readonly IMigrationObserver _observer;
    private readonly MigrationOptions _options;

    public Migrator(MigrationRepository repository, DatabaseUrl url, IMigrationObserver? observer = null, MigrationOptions? options = null)
    {
        _repository = repository;
        _url = url;
        _dialect = DatabaseDialects.For(url);
        _observer = observer ?? NullMigrationObserver.Instance;
        _options = options ?? new MigrationOptions();
    }

    public MigrationRepository Repository => _repository;

    /// <summary>The database's version, or null when it is not under version control. Changes nothing.</summary>
    public async Task<long?> GetVersionAsync(CancellationToken cancellationToken = default) =>
        (await GetStatusAsync(cancellationToken).ConfigureAwait(false)).Version;

    /// <summary>
    /// The database's version and, where an earlier run stopped inside a version (a database whose DDL commits on its
    /// own, such as MySQL), how far that version got. Changes nothing.
    /// </summary>
    public Task<DatabaseStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        WithSessionAsync(readOnly: true, session => ReadStatusAsync(session, cancellationToken), cancellationToken);

    private async Task<DatabaseStatus> ReadStatusAsync(DatabaseSession session, CancellationToken cancellationToken)
    {
        var table = VersionTableOf(session);
        long? version = await table.ExistsAsync(cancellationToken).ConfigureAwait(false)
            ? await table.ReadAsync(null, cancellationToken).ConfigureAwait(false)
            : null;
        IncompleteVersion? incomplete = null;
        if (version != null && session.IncompleteVersions is { } log
            && await log.ReadAsync(_repository.Config.RepositoryId, cancellationToken).ConfigureAwait(false) is { } progress
            && progress.From == version)
        {
            // A row whose step starts elsewhere is stale (its version row moved): nothing of it is pending.
            incomplete = IncompleteVersion.Of(progress, StatementCount(progress.From, progress.To));
        }

        return new DatabaseStatus(version, incomplete);
    }

    /// <summary>
    /// Every version of the repository, marked applied or pending for this database, each with its latest row in the
    /// audit trail where it has one. Changes nothing.
    /// </summary>
    public Task<MigrationHistory> GetHistoryAsync(CancellationToken cancellationToken = default) =>
        WithSessionAsync(readOnly: true, async session =>
        {
            DatabaseStatus status = await ReadStatusAsync(session, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<HistoryRecord> records = HistoryOf(session) is { } history
                ? await history.ReadAsync(cancellationToken).ConfigureAwait(false)
                : [];
            var latest = new Dictionary<long, HistoryRecord>();
            foreach (HistoryRecord record in records)
            {
                latest[record.Version] = record;
            }

            long? current = status.Version;
            return new MigrationHistory(current, _repository.Versions
                .Select(v => new HistoryEntry(v.Number, v.Name, current >= v.Number, current == v.Number, latest.GetValueOrDefault(v.Number)))
                .ToList(), status.Incomplete);
        }, cancellationToken);

    /// <summary>Applies upgrade scripts up to <paramref name="target"/> (null: the latest).</summary>
    public Task<MigrationResult> UpgradeAsync(long? target = null, CancellationToken cancellationToken = default) =>
        MigrateAsync(RevisionTarget.To(target ?? _repository.Latest), upgrade: true, cancellationToken);

    /// <summary>Applies upgrade scripts up to <paramref name="target"/>, which may be relative to the database's version (+N).</summary>
    public Task<MigrationResult> UpgradeAsync(RevisionTarget target, CancellationToken cancellationToken = default) =>
        MigrateAsync(target, upgrade: true, cancellationToken);

    /// <summary>Applies downgrade scripts down to <paramref name="target"/>.</summary>
    public Task<MigrationResult> DowngradeAsync(long target, CancellationToken cancellationToken = default) =>
        MigrateAsync(RevisionTarget.To(target), upgrade: false, cancellationToken);

    /// <summary>Applies downgrade scripts down to <paramref name="target"/>, which may be relative to the database's version (-N).</summary>
    public Task<MigrationResult> DowngradeAsync(RevisionTarget target, CancellationToken cancellationToken = default) =>
        MigrateAsync(target, upgrade: false, cancellationToken);

    /// <summary>Records <paramref name="version"/> as the database's version without running any script.</summary>
    public async Task<long?> StampAsync(long version, CancellationToken cancellationToken = default)
    {
        if (!_repository.IsKnownVersion(version))
        {
            throw new CommandLineException("cannot stamp version " + version + ": " + RevisionResolver.Describe(_repository));
        }

        return await WithSessionAsync(readOnly: false, async session =>
        {
            await using var runLock = await LockAsync(session, cancellationToken).ConfigureAwait(false);
            var table = VersionTableOf(session);
            long? previous = await table.ExistsAsync(cancellationToken).ConfigureAwait(false)
                ? await table.ReadAsync(null, cancellationToken).ConfigureAwait(false)
                : null;
            AuditTrail? audit = await StartAuditTrailAsync(HistoryOf(session), cancellationToken).ConfigureAwait(false);
            IReadOnlyList<HistoryRecord> stamped = audit == null ? [] : await StampRecordsAsync(audit, version, cancellationToken).ConfigureAwait(false);
            await using var transaction = await session.Connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await table.StampAsync(version, transaction, cancellationToken).ConfigureAwait(false);
            if (audit != null)
            {
                // In the version row's transaction: the stamp and the checksums it records commit together.
                await audit.Table.InsertAsync(stamped, transaction, cancellationToken).ConfigureAwait(false);
            }

            if (session.IncompleteVersions is { } log)
            {
                await log.ForgetAsync(_repository.Config.RepositoryId, transaction, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return previous;
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<MigrationResult> MigrateAsync(RevisionTarget revision, bool upgrade, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        CheckBeforeConnecting(revision, upgrade);
        return await WithSessionAsync(readOnly: false, session => MigrateAsync(session, revision, upgrade, clock, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What is checked before connecting: the revision exists and points the right way, and dbsync.sum records every script as it is.</summary>
    private void CheckBeforeConnecting(RevisionTarget revision, bool upgrade)
    {
        if (revision.Version is long version && !_repository.IsKnownVersion(version))
        {
            throw new CommandLineException("unknown revision " + version + ": " + RevisionResolver.Describe(_repository));
        }

        if (revision.IsRelative && revision.Steps > 0 != upgrade)
        {
            throw new CommandLineException((upgrade ? "upgrade" : "downgrade") + " --revision " + revision + " would go the other way");
        }

        if (_options.VerifySumFile && SumFileVerifier.Verify(_repository.Path) is { Count: > 0 } findings)
        {
            // A script edited since dbsync.sum recorded it must not reach a database: the build's errors, before anything runs.
            throw new RepositoryException(findings);
        }
    }

    private async Task<MigrationResult> MigrateAsync(DatabaseSession session, RevisionTarget revision, bool upgrade, Stopwatch clock, CancellationToken cancellationToken)
    {
        await using var runLock = await LockAsync(session, cancellationToken).ConfigureAwait(false);
        var table = VersionTableOf(session);
        var ignored = new[] { table.TableName, "alembic_version" };
        if (_options.SanityCheck && session.SanityCheck is { } before)
        {
            // Before anything is written, the version table included: a database that would get non-utf8 tables is refused as it is.
            await before.CheckAsync(ignored, cancellationToken).ConfigureAwait(false);
        }

        long start = await EnsureUnderVersionControlAsync(session, table, cancellationToken).ConfigureAwait(false);
        if (!_repository.IsKnownVersion(start))
        {
            throw new RevisionException("the database is at version " + start + ", which this repository does not have ("
                + RevisionResolver.Describe(_repository) + "); is this the right repository?");
        }

        long target = ResolveTarget(revision, start, upgrade);
        HistoryTable? history = HistoryOf(session);
        if (upgrade)
        {
            await CheckAppliedScriptsAsync(history, start, cancellationToken).ConfigureAwait(false);
        }

        var plan = new MigrationPlan(new StepPlanner(_repository, _dialect.ScriptDialects(_url), _dialect.Syntax, _observer), start, target, upgrade);
        AuditTrail? audit = target == start ? null : await StartAuditTrailAsync(history, cancellationToken).ConfigureAwait(false);
        var (applied, end) = await new StepRunner(session, VersionTableOf(session, audit), _observer).RunAsync(plan, cancellationToken).ConfigureAwait(false);

        if (_options.SanityCheck && session.SanityCheck is { } after)
        {
            await after.CheckAsync(ignored, cancellationToken).ConfigureAwait(false);
        }

        return new MigrationResult(start, end, applied, clock.Elapsed);
    }

    /// <summary>The version <paramref name="revision"/> names from <paramref name="start"/>, refused when it points the other way (DBS101).</summary>
    private long ResolveTarget(RevisionTarget revision, long start, bool upgrade)
    {
        long target = revision.Resolve(start, _repository);
        _observer.Debug("database is at version " + start + "; target " + target + (revision.IsRelative ? " (--revision " + revision + ")" : string.Empty));
        if (upgrade && target < start)
        {
            throw new RevisionException("the database is at version " + start + ", above --revision " + target
                + "; to go back, run 'dotnet dbsync downgrade --revision " + target + "'");
        }

        if (!upgrade && target > start)
        {
            throw new RevisionException("the database is at version " + start + ", below --revision " + target
                + "; to go forward, run 'dotnet dbsync upgrade --revision " + target + "'");
        }

        return target;
    }

    /// <summary>How many statements the script of the step from <paramref name="from"/> to <paramref name="to"/> has now; null when it cannot be read.</summary>
    private int? StatementCount(long from, long to)
    {
        try
        {
            return new StepPlanner(_repository, _dialect.ScriptDialects(_url), _dialect.Syntax, NullMigrationObserver.Instance).Plan(from, to).TryGetValue(from, out MigrationStep? step)
                ? step.Statements.Count
                : null;
        }
        catch (DbSyncException)
        {
            // A script that no longer reads is reported when it runs; here only the count is missing.
            return null;
        }
    }

    /// <summary>Takes the session's run lock, where its database has one.</summary>
    internal static async Task<IAsyncDisposable?> LockAsync(DatabaseSession session, string repositoryId, CancellationToken cancellationToken) =>
        session.RunLock == null ? null : await session.RunLock.AcquireAsync(repositoryId, cancellationToken).ConfigureAwait(false);

    private Task<IAsyncDisposable?> LockAsync(DatabaseSession session, CancellationToken cancellationToken) =>
        LockAsync(session, _repository.Config.RepositoryId, cancellationToken);

    /// <summary>
    /// oslo.db's db_version: a database without a version row is put under version control at init_version when it
    /// has no tables (or only an alembic_version table); one that has tables is refused.
    /// </summary>
    private async Task<long> EnsureUnderVersionControlAsync(DatabaseSession session, VersionTable table, CancellationToken cancellationToken)
    {
        var tables = await session.GetTableNamesAsync(cancellationToken).ConfigureAwait(false);
        bool exists = tables.Contains(table.TableName, StringComparer.OrdinalIgnoreCase);
        if (exists)
        {
            long? version = await table.ReadAsync(null, cancellationToken).ConfigureAwait(false);
            if (version != null)
            {
                return version.Value;
            }
        }

        if (HasSchemaTables(tables, table.TableName))
        {
            throw new NotUnderVersionControlException(table.TableName);
        }

        long initial = _repository.Config.InitVersion;
        await using var transaction = await session.Connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await table.CreateAsync(transaction, cancellationToken).ConfigureAwait(false);
        long? raced = await table.ReadAsync(transaction, cancellationToken).ConfigureAwait(false);
        if (raced != null)
        {
            // A concurrent run put it under version control first.
            return raced.Value;
        }

        await table.InsertAsync(initial, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _observer.Debug("put the database under version control at version " + initial);
        return initial;
    }

    /// <summary>
    /// Whether a database without a version row has tables of a schema, so it cannot be put under version control: the
    /// version table itself (shared with other repositories) does not count, and an alembic_version table allows it.
    /// </summary>
    private static bool HasSchemaTables(IReadOnlyList<string> tables, string versionTable)
    {
        var others = tables.Where(t => !t.Equals(versionTable, StringComparison.OrdinalIgnoreCase)).ToList();
        return others.Count > 0 && !others.Contains("alembic_version", StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Opens a session for <paramref name="body"/>, and turns a failure of DbSync's own SQL (reading the version table,
    /// taking a lock) into an error that names the database; a script's failures are StatementFailedExceptions already.
    /// </summary>
    private async Task<T> WithSessionAsync<T>(bool readOnly, Func<DatabaseSession, Task<T>> body, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(readOnly, cancellationToken).ConfigureAwait(false);
        try
        {
            return await body(session).ConfigureAwait(false);
        }
        catch (Exception e) when (session.IsDatabaseFailure(e))
        {
            throw new DbSyncException(session.FailureCode(e), _dialect.Describe(_url) + ": " + session.DescribeFailure(e), null, e);
        }
    }

    private async Task<DatabaseSession> OpenAsync(bool readOnly, CancellationToken cancellationToken)
    {
        _observer.Debug("connecting to " + _url + (readOnly ? " (read-only)" : string.Empty));
        DatabaseSession session = await _dialect.OpenAsync(_url, readOnly, cancellationToken).ConfigureAwait(false);
        session.Observer = _observer;
        session.LockTimeout = _options.LockTimeout;
        session.LockLease = _options.LockLease;
        _observer.Debug("connected: " + _dialect.Name + " " + session.Connection.ServerVersion);
        return session;
    }

    private VersionTable VersionTableOf(DatabaseSession session, AuditTrail? audit = null) =>
        new(session, _repository.Config.VersionTable, _repository.Config.RepositoryId, _repository.Path) { Audit = audit };
}
