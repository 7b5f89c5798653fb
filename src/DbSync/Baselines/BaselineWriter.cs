using System.Globalization;
using System.Text;
using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Core.Repository;
using DbSync.Dialects;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Revisions;
using DbSync.Schema;
using DbSync.Schema.Comparison;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;
using DbSync.Versioning;

namespace DbSync.Baselines;

/// <summary>
/// `dotnet dbsync baseline --revision N`: applies the scripts of versions/ up to N to a scratch database of the target
/// dialect, reads its schema back (the schema parts every dialect supplies) and writes the SQL that creates it as
/// versions/baseline/NNN_baseline_DIALECT_upgrade.sql, then sets <c>[dbsync] baseline = N</c> in migrate.cfg. New
/// databases then upgrade through it (<see cref="RepositoryBaseline"/>); the configured database is not touched.
/// </summary>
public sealed class BaselineWriter
{
    private readonly MigrationRepository _repository;
    private readonly DatabaseUrl _url;
    private readonly DatabaseDialect _dialect;
    private readonly IMigrationObserver _observer;

    /// <param name="repository">The repository to write the baseline into.</param>
    /// <param name="url">A database of the dialect to write it for; only its server is used, for a scratch database (SQLite: in memory).</param>
    /// <param name="observer">Where warnings and detail go.</param>
    public BaselineWriter(MigrationRepository repository, DatabaseUrl url, IMigrationObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        _repository = repository;
        _url = url;
        _dialect = DatabaseDialects.For(url);
        _observer = observer ?? NullMigrationObserver.Instance;
    }

    /// <summary>Writes the baseline of <paramref name="version"/>, which must be a script's version.</summary>
    public async Task<BaselineResult> WriteAsync(long version, CancellationToken cancellationToken = default)
    {
        MigrationVersion at = _repository.Find(version)
            ?? throw new CommandLineException("--revision " + N(version) + ": a baseline is the schema of a script's version; " + RevisionResolver.Describe(_repository));
        SchemaSupport schema = _dialect.Schema
            ?? throw new DbSyncException(ErrorCodes.NotSupported, "baseline is not supported for " + _dialect.Name + " databases yet");

        DatabaseSchema built = await BuildAsync(schema, version, cancellationToken).ConfigureAwait(false);
        foreach (string note in built.Unmodelled)
        {
            _observer.Warning("version " + N(version) + ": " + note + "; DbSync's schema model does not hold it, so the baseline does not create it: add it to the baseline script by hand");
        }

        string sql = schema.Render(new SchemaComparer(schema.Normalizer).Compare(DatabaseSchema.Empty, built));
        string folder = RepositoryBaseline.FolderPath(_repository.VersionsPath);
        string path = Path.Combine(folder, RepositoryBaseline.FileName(at.Scripts[0].Name.VersionText, _dialect.Name));
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DbSyncException(ErrorCodes.FileAccess, "cannot write the baseline script: " + e.Message + "; nothing was changed", new SourceLocation(path), e);
        }

        // The script and the dbsync.sum that records it (when the repository keeps one), together or not at all.
        string text = Header(at, built) + sql.TrimEnd() + "\n";
        var files = new AtomicFileSet();
        files.Replace(path, text);
        RevisionWriter.SumRecording sum = RevisionSum.Add(_repository, files, (path, text));
        files.Commit();

        long? previous = _repository.Config.Baseline;
        if (previous != version)
        {
            await MigrateConfigBaseline.SetAsync(_repository.Config.Path, version, cancellationToken).ConfigureAwait(false);
        }

        return new BaselineResult(path, version, built.Tables.Select(t => t.Name).ToList(), built.Unmodelled, previous, sum);
    }

    /// <summary>The schema a database has at <paramref name="version"/>: the scripts of versions/ (never an older baseline) applied to a scratch database.</summary>
    private async Task<DatabaseSchema> BuildAsync(SchemaSupport schema, long version, CancellationToken cancellationToken)
    {
        MigrateConfig config = _repository.Config;
        await using ScratchDatabase scratch = await schema.CreateScratchAsync(_url, cancellationToken).ConfigureAwait(false);
        var table = new VersionTable(scratch.Session, config.VersionTable, config.RepositoryId, _repository.Path);
        await table.CreateAsync(null, cancellationToken).ConfigureAwait(false);
        await table.InsertAsync(config.InitVersion, null, cancellationToken).ConfigureAwait(false);
        var stepObserver = new ScratchStepObserver(_observer);
        var planner = new StepPlanner(_repository, _dialect.ScriptDialects(_url), _dialect.Syntax, stepObserver, useBaseline: false);
        try
        {
            await new StepRunner(scratch.Session, table, stepObserver).RunAsync(new MigrationPlan(planner, config.InitVersion, version, upgrade: true), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (StatementFailedException e)
        {
            throw new StatementFailedException(e.ScriptPath, e.Line, e.Statement, e.DatabaseMessage,
                "while applying the upgrade scripts up to version " + N(version) + " to a scratch database for the baseline; nothing was written.", e);
        }

        return await schema.IntrospectAsync(scratch.Session, new SchemaFilter(config.VersionTable), cancellationToken).ConfigureAwait(false);
    }

    private string Header(MigrationVersion at, DatabaseSchema built)
    {
        var text = new StringBuilder()
            .Append("-- DbSync baseline of repository '").Append(_repository.Config.RepositoryId).Append("': the schema at version ").Append(N(at.Number))
            .Append(" (").Append(at.Name).Append("), ").Append(_dialect.Name).Append(".\n")
            .Append("-- Written by 'dotnet dbsync baseline --revision ").Append(N(at.Number)).Append("' from a scratch database upgraded to ").Append(N(at.Number)).Append(".\n")
            .Append("-- A new database (at version ").Append(N(_repository.Config.InitVersion)).Append(") runs this instead of the scripts up to ").Append(N(at.Number))
            .Append(", then the scripts after it.\n")
            .Append("-- Databases already past version ").Append(N(_repository.Config.InitVersion)).Append(" never run it: keep the scripts of versions/ for them.\n")
            .Append("-- Rows those scripts insert (reference data) are not here: add them at the end.\n");
        foreach (string note in built.Unmodelled)
        {
            text.Append("-- Not created here (add by hand): ").Append(note).Append(".\n");
        }

        return text.Append('\n').ToString();
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
