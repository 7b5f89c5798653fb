using DbSync.Configuration;
using DbSync.Core.Repository;
using DbSync.Dialects;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Schema.Model;
using DbSync.Versioning;

namespace DbSync.Schema.Introspection;

/// <summary>
/// The schema the repository's scripts produce: every upgrade script applied, version by version and exactly as
/// `upgrade` runs them, to a scratch database, which is then introspected. What `check` compares with the model.
/// </summary>
internal sealed class UpgradedSchemaBuilder(DatabaseDialect dialect, SchemaSupport schemaDialect, SchemaFilter filter, IMigrationObserver observer)
{
    public async Task<DatabaseSchema> BuildAsync(MigrationRepository repository, DatabaseUrl url, CancellationToken cancellationToken)
    {
        await using ScratchDatabase scratch = await schemaDialect.CreateScratchAsync(url, cancellationToken).ConfigureAwait(false);
        var table = new VersionTable(scratch.Session, repository.Config.VersionTable, repository.Config.RepositoryId, repository.Path);
        await table.CreateAsync(null, cancellationToken).ConfigureAwait(false);
        await table.InsertAsync(repository.Config.InitVersion, null, cancellationToken).ConfigureAwait(false);

        long latest = repository.Latest;
        var stepObserver = new ScratchStepObserver(observer);
        var plan = new MigrationPlan(new StepPlanner(repository, dialect.ScriptDialects(url), dialect.Syntax, stepObserver), repository.Config.InitVersion, latest, upgrade: true);
        try
        {
            await new StepRunner(scratch.Session, table, stepObserver).RunAsync(plan, cancellationToken).ConfigureAwait(false);
        }
        catch (StatementFailedException e)
        {
            throw new StatementFailedException(e.ScriptPath, e.Line, e.Statement, e.DatabaseMessage,
                "while applying every upgrade script to a scratch database to compare with the model; the database itself was not touched.", e);
        }

        return await schemaDialect.IntrospectAsync(scratch.Session, filter, cancellationToken).ConfigureAwait(false);
    }
}
