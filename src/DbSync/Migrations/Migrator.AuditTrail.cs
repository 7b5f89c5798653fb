using DbSync.Core.Errors;
using DbSync.Core.Repository;
using DbSync.Dialects;
using DbSync.Versioning;

namespace DbSync.Migrations;

/// <summary>The audit trail (dbsync_history): verify, the check before an upgrade, a stamp's rows.</summary>
public sealed partial class Migrator
{
    /// <summary>
    /// Compares the upgrade script of every applied version with the checksum the audit trail recorded when it was
    /// applied or stamped. Versions without a record (applied by sqlalchemy-migrate or earlier) are counted, not checked. Changes nothing.
    /// </summary>
    public Task<VerifyResult> VerifyAsync(CancellationToken cancellationToken = default) =>
        WithSessionAsync(readOnly: true, async session =>
        {
            var table = VersionTableOf(session);
            long? version = await table.ExistsAsync(cancellationToken).ConfigureAwait(false)
                ? await table.ReadAsync(null, cancellationToken).ConfigureAwait(false)
                : null;
            IReadOnlyList<HistoryRecord> records = HistoryOf(session) is { } history
                ? await history.ReadAsync(cancellationToken).ConfigureAwait(false)
                : [];
            return AppliedScripts.Compare(_repository, _dialect.ScriptDialects(_url), version, records);
        }, cancellationToken);

    private HistoryTable? HistoryOf(DatabaseSession session) =>
        _dialect.History is { } sql ? new HistoryTable(session.Connection, sql, _repository.Config.RepositoryId) : null;

    /// <summary>Before an upgrade from <paramref name="start"/>: refuses (DBS116) when an applied version's script changed since it was recorded, unless allowed.</summary>
    private async Task CheckAppliedScriptsAsync(HistoryTable? history, long start, CancellationToken cancellationToken)
    {
        if (history == null)
        {
            return;
        }

        IReadOnlyList<HistoryRecord> records = await history.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (records.Count == 0)
        {
            return;
        }

        IReadOnlyList<ChangedScript> changed = AppliedScripts.Compare(_repository, _dialect.ScriptDialects(_url), start, records).Changed;
        if (_options.AllowChangedScripts)
        {
            foreach (ChangedScript script in changed)
            {
                _observer.Warning(script.Describe() + " (--allow-changed: going on)");
            }

            return;
        }

        if (changed.Count > 0)
        {
            ChangedScript first = changed[0];
            throw new DbSyncException(ErrorCodes.AppliedScriptChanged, first.Describe()
                + (changed.Count > 1 ? " (and " + (changed.Count - 1) + " more: 'dotnet dbsync verify' lists them)" : string.Empty)
                + "; restore it, record it with 'dotnet dbsync stamp --revision " + start + "', or upgrade with --allow-changed",
                first.Path == null ? null : new SourceLocation(first.Path));
        }
    }

    /// <summary>The trail of a run, its table created first (DDL: before any transaction), or null where the dialect keeps none.</summary>
    private async Task<AuditTrail?> StartAuditTrailAsync(HistoryTable? history, CancellationToken cancellationToken)
    {
        if (history == null)
        {
            return null;
        }

        await history.EnsureAsync(null, cancellationToken).ConfigureAwait(false);
        return new AuditTrail(history, _options.ToolVersion);
    }

    /// <summary>
    /// The rows a stamp to <paramref name="version"/> writes: one per version up to it whose upgrade script's checksum
    /// is not the recorded one (or has none), and one for <paramref name="version"/> itself, so the stamp shows.
    /// </summary>
    private async Task<IReadOnlyList<HistoryRecord>> StampRecordsAsync(AuditTrail audit, long version, CancellationToken cancellationToken)
    {
        IReadOnlyList<HistoryRecord> records = await audit.Table.ReadAsync(cancellationToken).ConfigureAwait(false);
        var rows = AppliedScripts.ToRecord(_repository, _dialect.ScriptDialects(_url), version, records)
            .Select(v => audit.Stamp(v.Version.Number, v.Script))
            .ToList();
        if (_repository.Find(version) == null)
        {
            // Base (init_version): no script, but the stamp is recorded.
            rows.Add(audit.Stamp(version, null));
        }

        return rows;
    }
}
