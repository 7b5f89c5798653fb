using System.Globalization;
using DbSync.Core.Errors;
using DbSync.Dialects;
using DbSync.Errors;
using DbSync.Versioning;

namespace DbSync.Migrations;

/// <summary>Offline scripts: the SQL an upgrade or downgrade would run, written for the database's own client instead of run.</summary>
public sealed partial class Migrator
{
    /// <summary>
    /// Writes to <paramref name="output"/> the script that upgrades the database to <paramref name="target"/>, from
    /// <paramref name="from"/>, or (null) from the version read from the database without changing it. Runs nothing.
    /// </summary>
    public Task<OfflineScriptResult> WriteUpgradeScriptAsync(TextWriter output, RevisionTarget target, OfflineScriptStart? from = null,
        CancellationToken cancellationToken = default) =>
        WriteScriptAsync(output, target, upgrade: true, from, cancellationToken);

    /// <summary>As <see cref="WriteUpgradeScriptAsync"/>, with downgrade scripts down to <paramref name="target"/>.</summary>
    public Task<OfflineScriptResult> WriteDowngradeScriptAsync(TextWriter output, RevisionTarget target, OfflineScriptStart? from = null,
        CancellationToken cancellationToken = default) =>
        WriteScriptAsync(output, target, upgrade: false, from, cancellationToken);

    private async Task<OfflineScriptResult> WriteScriptAsync(TextWriter output, RevisionTarget revision, bool upgrade, OfflineScriptStart? from,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        OfflineScriptSyntax syntax = _dialect.OfflineScript
            ?? throw new DbSyncException(ErrorCodes.NotSupported, "offline scripts (--sql) are not supported for " + _dialect.Name + " databases yet");
        CheckBeforeConnecting(revision, upgrade);
        if (from?.Version is long fromVersion && !_repository.IsKnownVersion(fromVersion))
        {
            throw new CommandLineException("--from " + N(fromVersion) + ": unknown revision; " + RevisionResolver.Describe(_repository));
        }

        OfflineScriptStart start = from ?? await ReadScriptStartAsync(cancellationToken).ConfigureAwait(false);
        long startVersion = start.Version ?? _repository.Config.InitVersion;
        long target = ResolveTarget(revision, startVersion, upgrade);
        var planned = new StepPlanner(_repository, _dialect.ScriptDialects(_url), _dialect.Syntax, _observer).Plan(startVersion, target);
        var steps = new List<MigrationStep>();
        for (long at = startVersion; at != target; at = steps[^1].To)
        {
            steps.Add(planned[at]);
        }

        var config = _repository.Config;
        var writer = new OfflineScriptWriter(syntax, new VersionTableSql(syntax, config.VersionTable, config.RepositoryId, _repository.Path), output,
            _dialect.History, step => AuditTrail.Offline(config.RepositoryId, step, _options.ToolVersion));
        await writer.WriteHeaderAsync(
            [
                "DbSync offline script: " + (upgrade ? "upgrade" : "downgrade") + " of repository '" + config.RepositoryId + "' from version "
                    + N(startVersion) + " to " + N(target) + " (" + _dialect.Name + "), " + steps.Count + (steps.Count == 1 ? " version." : " versions."),
                start.IsBase
                    ? "For a database not under version control: it first creates the version row, as a run does."
                    : "For a database at version " + N(startVersion) + " (" + config.VersionTable + "); the version row moves with each version.",
                "Run it with the database's own client, stopping at the first error.",
            ], cancellationToken).ConfigureAwait(false);
        if (start.IsBase)
        {
            await writer.WriteVersionControlAsync(startVersion, cancellationToken).ConfigureAwait(false);
        }

        foreach (MigrationStep step in steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteStepAsync(step, cancellationToken).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new OfflineScriptResult(startVersion, target, steps, start.IsBase);
    }

    /// <summary>Where the database is, read without changing anything: a version, or base when it has no version row (and no tables).</summary>
    private Task<OfflineScriptStart> ReadScriptStartAsync(CancellationToken cancellationToken) =>
        WithSessionAsync(readOnly: true, async session =>
        {
            var table = VersionTableOf(session);
            var tables = await session.GetTableNamesAsync(cancellationToken).ConfigureAwait(false);
            long? version = tables.Contains(table.TableName, StringComparer.OrdinalIgnoreCase)
                ? await table.ReadAsync(null, cancellationToken).ConfigureAwait(false)
                : null;
            if (version == null)
            {
                if (HasSchemaTables(tables, table.TableName))
                {
                    throw new NotUnderVersionControlException(table.TableName);
                }

                return OfflineScriptStart.Base;
            }

            if (session.IncompleteVersions is { } log
                && await log.ReadAsync(_repository.Config.RepositoryId, cancellationToken).ConfigureAwait(false) is { } progress
                && progress.From == version)
            {
                var incomplete = IncompleteVersion.Of(progress, StatementCount(progress.From, progress.To));
                throw new RevisionException(incomplete.Describe() + ", which an offline script cannot resume: " + incomplete.Advice()
                    + "; or write the script for the database as it will be with --from");
            }

            return OfflineScriptStart.At(version.Value);
        }, cancellationToken);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
