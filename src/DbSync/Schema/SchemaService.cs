using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using DbSync.Configuration;
using DbSync.Core.Repository;
using DbSync.Core.Sql;
using DbSync.Core.Validation;
using DbSync.Dialects;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Schema.Comparison;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;
using DbSync.Schema.Sources;
using DbSync.Versioning;

namespace DbSync.Schema;

/// <summary>
/// The engine behind `revision --autogenerate`, `create_schema` and `check`: the model (<c>[dbsync] model</c> or another
/// <see cref="IModelSource"/>, loaded in a scratch database), the live database and the schema the upgrade scripts produce, compared and rendered by
/// the database's <see cref="SchemaSupport"/>. Usable as a library as well as through the CLI.
/// </summary>
public sealed class SchemaService
{
    private readonly MigrationRepository _repository;
    private readonly DatabaseUrl _url;
    private readonly DatabaseDialect _dialect;
    private readonly SchemaSupport _schemaDialect;
    private readonly IMigrationObserver _observer;
    private readonly SchemaFilter _filter;
    private IModelSource? _model;

    /// <param name="model">The model; null for the repository's <c>[dbsync] model</c> (<see cref="ModelSources.FromRepository"/>).</param>
    public SchemaService(MigrationRepository repository, DatabaseUrl url, IMigrationObserver? observer = null, IModelSource? model = null)
    {
        _model = model;
        _repository = repository;
        _url = url;
        _dialect = DatabaseDialects.For(url);
        _schemaDialect = _dialect.Schema
            ?? throw new DbSyncException(ErrorCodes.NotSupported, "autogenerate, create_schema and check are not supported for " + _dialect.Name + " yet");
        _observer = observer ?? NullMigrationObserver.Instance;
        _filter = new SchemaFilter(repository.Config.VersionTable);
    }

    public SchemaSupport Schema => _schemaDialect;

    /// <summary>Where the model comes from: the one given, else the repository's <c>[dbsync] model</c>.</summary>
    /// <exception cref="DbSyncException">DBS108: the repository names no usable model.</exception>
    public IModelSource Model => _model ??= ModelSources.FromRepository(_repository);

    /// <summary>The model: its SQL executed in a scratch database and introspected.</summary>
    public Task<DatabaseSchema> LoadModelAsync(CancellationToken cancellationToken = default) =>
        LoadModelAsync(Model, cancellationToken);

    private async Task<DatabaseSchema> LoadModelAsync(IModelSource source, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        DatabaseSchema model = await new ModelLoader(_dialect, _schemaDialect, _filter, _observer).LoadAsync(source, _url, cancellationToken).ConfigureAwait(false);
        _observer.Debug("loaded the model " + source.Name + " (" + model.Tables.Count + " tables) in " + Milliseconds(clock));
        return Reported(model, "the model");
    }

    /// <summary>The live database's schema, without the version table and DbSync's own tables. Changes nothing.</summary>
    public async Task<DatabaseSchema> IntrospectDatabaseAsync(CancellationToken cancellationToken = default)
    {
        await using DatabaseSession session = await _dialect.OpenAsync(_url, readOnly: true, cancellationToken).ConfigureAwait(false);
        return Reported(await _schemaDialect.IntrospectAsync(session, _filter, cancellationToken).ConfigureAwait(false), "the database");
    }

    /// <summary>
    /// The changes that turn the database's schema into the model's, and the upgrade and downgrade SQL for them. The
    /// database must be at the repository's latest version, so the new revision starts where the scripts end.
    /// </summary>
    public Task<AutogenerateResult> AutogenerateAsync(CancellationToken cancellationToken = default) =>
        AutogenerateAsync([], cancellationToken);

    /// <summary>
    /// As <see cref="AutogenerateAsync(CancellationToken)"/>, with the columns the author says were renamed written as
    /// renames (keeping their data) instead of a drop and an add. Changes that can lose data or fail on existing rows are
    /// reported as warnings and marked in both scripts (<see cref="DestructiveChanges"/>).
    /// </summary>
    /// <exception cref="CommandLineException">A rename that does not match a dropped and an added column of one table.</exception>
    public async Task<AutogenerateResult> AutogenerateAsync(IReadOnlyList<ColumnRename> renames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(renames);
        // The model loads in a scratch database of its own meanwhile: the two are independent (and drivers are synchronous).
        var total = Stopwatch.StartNew();
        IModelSource source = Model;
        Task<DatabaseSchema> loading = Task.Run(() => LoadModelAsync(source, cancellationToken), cancellationToken);
        var clock = Stopwatch.StartNew();
        DatabaseSchema current;
        try
        {
            await using DatabaseSession session = await _dialect.OpenAsync(_url, readOnly: true, cancellationToken).ConfigureAwait(false);
            await RequireLatestVersionAsync(session, cancellationToken).ConfigureAwait(false);
            current = Reported(await _schemaDialect.IntrospectAsync(session, _filter, cancellationToken).ConfigureAwait(false), "the database");
        }
        catch
        {
            await SettleAsync(loading).ConfigureAwait(false);
            throw;
        }

        _observer.Debug("introspected the database (" + current.Tables.Count + " tables) in " + Milliseconds(clock));
        DatabaseSchema model = await loading.ConfigureAwait(false);

        clock.Restart();
        var comparer = new SchemaComparer(_schemaDialect.Normalizer);
        SchemaDiff diff = ColumnRenames.Apply(comparer.Compare(current, model), renames, comparer, _schemaDialect.Normalizer);
        var destructive = new DestructiveChanges(_schemaDialect.Normalizer);
        diff = diff with { Warnings = destructive.Find(diff, renameHints: true) };
        SchemaDiff inverse = diff.Invert();
        inverse = inverse with { Warnings = destructive.Find(inverse, renameHints: false) };
        var result = new AutogenerateResult(diff, RenderWithWarnings(diff), RenderWithWarnings(inverse));
        foreach (ChangeWarning warning in diff.Warnings)
        {
            _observer.Warning(warning.Message);
        }

        _observer.Debug("compared and rendered " + diff.Operations.Count + " changes in " + Milliseconds(clock));
        _observer.Debug("autogenerate took " + Milliseconds(total));
        return result;
    }

    /// <summary>
    /// The diff's SQL with every warning in it: a renderer writes each above its statement; one it did not place (a
    /// statement it writes some other way) still goes into the script, at the top, rather than nowhere.
    /// </summary>
    private string RenderWithWarnings(SchemaDiff diff)
    {
        string sql = _schemaDialect.Render(diff);
        var unplaced = diff.Warnings.Select(w => "-- " + w.CommentText).Where(line => !sql.Contains(line, StringComparison.Ordinal)).Distinct().ToList();
        return unplaced.Count == 0 ? sql : string.Join("\n", unplaced) + "\n\n" + sql;
    }

    /// <summary>
    /// On a database without tables: creates the model's tables directly and stamps the latest version, in one
    /// transaction where the database allows it. Refuses a database that has tables, and a model that differs from the
    /// schema the upgrade scripts build (what <see cref="CheckAsync"/> compares): stamping the latest version on such a
    /// schema would record a version it is not at. Either refusal changes nothing.
    /// </summary>
    public async Task<CreateSchemaResult> CreateSchemaAsync(CancellationToken cancellationToken = default)
    {
        // Cheap first: a database with tables is refused before the scripts are applied to a scratch database.
        await using (DatabaseSession peek = await _dialect.OpenAsync(_url, readOnly: true, cancellationToken).ConfigureAwait(false))
        {
            await RequireNoTablesAsync(peek, cancellationToken).ConfigureAwait(false);
        }

        var (model, check) = await CompareWithScriptsAsync(cancellationToken).ConfigureAwait(false);
        if (!check.Matches)
        {
            string latest = check.LatestVersion.ToString(CultureInfo.InvariantCulture);
            throw new DbSyncException(ErrorCodes.SchemaState, "the model differs from the schema the upgrade scripts build at version " + latest
                + " (latest), so create_schema would record version " + latest + " on a schema that is not at it; nothing was created."
                + " To match the model, the scripts would have to:" + string.Concat(check.Differences.Select(d => Environment.NewLine + "  " + d))
                + Environment.NewLine + "Fix the model, or write a revision for the change (upgrade a database, then 'dotnet dbsync revision -m MESSAGE --autogenerate');"
                + " 'dotnet dbsync check' makes the same comparison.");
        }

        SchemaDiff diff = new SchemaComparer(_schemaDialect.Normalizer).Compare(DatabaseSchema.Empty, model);
        IReadOnlyList<SqlStatement> statements = SqlScriptParser.Parse(_schemaDialect.Render(diff), _dialect.Syntax).Statements;

        await using DatabaseSession session = await _dialect.OpenAsync(_url, readOnly: false, cancellationToken).ConfigureAwait(false);
        session.Observer = _observer;
        await using var runLock = await Migrator.LockAsync(session, _repository.Config.RepositoryId, cancellationToken).ConfigureAwait(false);
        await RequireNoTablesAsync(session, cancellationToken).ConfigureAwait(false);

        var table = new VersionTable(session, _repository.Config.VersionTable, _repository.Config.RepositoryId, _repository.Path);
        long? previous = await table.ExistsAsync(cancellationToken).ConfigureAwait(false)
            ? await table.ReadAsync(null, cancellationToken).ConfigureAwait(false)
            : null;
        long latestVersion = _repository.Latest;
        await using DbTransaction transaction = await session.Connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (SqlStatement statement in statements)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // Ctrl-C or SIGTERM: as a failure, undo what MySQL committed, and say where the database was left.
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                string undone = await CreateSchemaUndo.UndoAsync(session, model.Tables).ConfigureAwait(false);
                throw new DbSyncException(ErrorCodes.Interrupted, "interrupted: create_schema stopped before its statement at line "
                    + statement.Line.ToString(CultureInfo.InvariantCulture) + "; " + undone);
            }

            _observer.Debug("create_schema, line " + statement.Line.ToString(CultureInfo.InvariantCulture) + ": " + ScriptMessages.FirstLine(statement.Text));
            await using DbCommand command = session.Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement.Text;
            try
            {
                // Not cancelled mid-statement (as the step loop): a statement the server runs finishes, so what it did is known.
                await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                string outcome = await CreateSchemaUndo.UndoAsync(session, model.Tables).ConfigureAwait(false);
                throw new StatementFailedException("create_schema", statement.Line, statement.Text, session.DescribeFailure(e), outcome, e);
            }
        }

        // Every table exists now: the stamp completes the command rather than stopping half-way through it.
        await table.StampAsync(latestVersion, transaction, CancellationToken.None).ConfigureAwait(false);
        if (session.IncompleteVersions is { } log)
        {
            await log.ForgetAsync(_repository.Config.RepositoryId, transaction, CancellationToken.None).ConfigureAwait(false);
        }

        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return new CreateSchemaResult(model.Tables.Select(t => t.Name).ToList(), latestVersion, previous);
    }

    /// <summary>
    /// Compares the model with the schema the upgrade scripts produce (all of them applied to a scratch database, the
    /// configured database untouched), like `alembic check`.
    /// </summary>
    public async Task<SchemaCheckResult> CheckAsync(CancellationToken cancellationToken = default) =>
        (await CompareWithScriptsAsync(cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>The model, and how it differs from the schema the upgrade scripts produce.</summary>
    private async Task<(DatabaseSchema Model, SchemaCheckResult Result)> CompareWithScriptsAsync(CancellationToken cancellationToken)
    {
        IModelSource source = Model;
        Task<DatabaseSchema> loading = Task.Run(() => LoadModelAsync(source, cancellationToken), cancellationToken);
        var clock = Stopwatch.StartNew();
        DatabaseSchema upgraded;
        try
        {
            upgraded = await new UpgradedSchemaBuilder(_dialect, _schemaDialect, _filter, _observer)
                .BuildAsync(_repository, _url, cancellationToken).ConfigureAwait(false);
            upgraded = Reported(upgraded, "the upgraded scratch database");
        }
        catch
        {
            await SettleAsync(loading).ConfigureAwait(false);
            throw;
        }

        _observer.Debug("applied every upgrade script to a scratch database (" + upgraded.Tables.Count + " tables) in " + Milliseconds(clock));
        DatabaseSchema model = await loading.ConfigureAwait(false);
        return (model, new SchemaCheckResult(new SchemaComparer(_schemaDialect.Normalizer).Compare(upgraded, model), _repository.Latest));
    }

    private async Task RequireNoTablesAsync(DatabaseSession session, CancellationToken cancellationToken)
    {
        var existing = (await session.GetTableNamesAsync(cancellationToken).ConfigureAwait(false)).Where(_filter.Includes).ToList();
        if (existing.Count > 0)
        {
            throw new DbSyncException(ErrorCodes.SchemaState, "the database already has tables (" + string.Join(", ", existing.Take(5)) + (existing.Count > 5 ? ", ..." : string.Empty)
                + "); create_schema only creates the model's tables in an empty database. To bring this database to the latest version, run 'dotnet dbsync upgrade'.");
        }
    }

    private async Task RequireLatestVersionAsync(DatabaseSession session, CancellationToken cancellationToken)
    {
        var table = new VersionTable(session, _repository.Config.VersionTable, _repository.Config.RepositoryId, _repository.Path);
        long? version = await table.ExistsAsync(cancellationToken).ConfigureAwait(false)
            ? await table.ReadAsync(null, cancellationToken).ConfigureAwait(false)
            : null;
        long latest = _repository.Latest;
        if (version == null)
        {
            if ((await session.GetTableNamesAsync(cancellationToken).ConfigureAwait(false)).Any(_filter.Includes))
            {
                throw new NotUnderVersionControlException(_repository.Config.VersionTable);
            }

            if (latest != _repository.Config.InitVersion)
            {
                throw new DbSyncException(ErrorCodes.SchemaState, "the database is not under version control yet: run 'dotnet dbsync upgrade' first, so the new revision"
                    + " starts from the schema the repository's " + _repository.Count.ToString(CultureInfo.InvariantCulture) + " versions produce");
            }
        }
        else if (version != latest)
        {
            throw new DbSyncException(ErrorCodes.SchemaState, "the database is at version " + version.Value.ToString(CultureInfo.InvariantCulture) + ", not at the latest version "
                + latest.ToString(CultureInfo.InvariantCulture) + ": run 'dotnet dbsync upgrade' first, so the new revision starts from the schema the scripts produce");
        }
    }

    /// <summary>Warns about what <paramref name="schema"/> holds that the model cannot express, naming each object and where it is.</summary>
    private DatabaseSchema Reported(DatabaseSchema schema, string where)
    {
        foreach (string note in schema.Unmodelled)
        {
            _observer.Warning(where + ": " + note + "; DbSync's schema model does not hold it, so autogenerate and check leave it out");
        }

        return schema;
    }

    /// <summary>Waits for a model load whose result is no longer needed, so its scratch database is dropped before an error ends the process.</summary>
    private static async Task SettleAsync(Task loading)
    {
        try
        {
            await loading.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The error being reported is the one that stopped the command.
        }
    }

    private static string Milliseconds(Stopwatch clock) =>
        clock.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
