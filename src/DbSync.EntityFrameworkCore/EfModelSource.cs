using DbSync.Core.Errors;
using DbSync.Dialects;
using DbSync.Migrations;
using DbSync.Schema.Sources;

namespace DbSync.EntityFrameworkCore;

/// <summary>
/// The model of an EF Core application (<c>model = ef:../src/Shop/Shop.csproj</c>): built, loaded in its own dependency
/// context by the exporter, its DbContext created as EF Core's design-time tools create it, and its create script (EF
/// Core's own DDL, what EnsureCreated runs) handed to the engine, which loads it like a model.sql. The provider must be
/// the database's: a SQLite model cannot describe a MySQL database.
/// </summary>
public sealed class EfModelSource(EfModelSpec spec) : IModelSource
{
    public EfModelSpec Spec { get; } = spec;

    public string Name => Spec.Name;

    public async Task<ModelScript> GetScriptAsync(DatabaseDialect dialect, IMigrationObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(observer);
        ProjectOutput output = await ProjectBuilder.BuildAsync(Spec, observer, cancellationToken).ConfigureAwait(false);
        ExportedModel model = await ExporterProcess.RunAsync(Spec, output, observer, cancellationToken).ConfigureAwait(false);
        string context = model.Context[(model.Context.LastIndexOf('.') + 1)..];
        string? modelDialect = EfProviders.DialectOf(model.Provider);
        if (modelDialect == null)
        {
            throw new DbSyncException(ErrorCodes.Model, Spec.ProjectPath + ": " + context + " uses the EF Core provider " + model.Provider
                + ", which DbSync does not read (SQLite, Pomelo or MySql.EntityFrameworkCore, Npgsql)");
        }

        if (modelDialect != dialect.Name)
        {
            throw new DbSyncException(ErrorCodes.Model, Spec.ProjectPath + ": " + context + " uses " + model.Provider + " (a " + EfProviders.Describe(modelDialect)
                + " model) but the database is " + EfProviders.Describe(dialect.Name) + ": point [database] connection at a " + EfProviders.Describe(modelDialect)
                + " database, or the model at a project configured for " + EfProviders.Describe(dialect.Name));
        }

        foreach (string warning in model.Warnings)
        {
            observer.Warning(Spec.Name + ": " + warning);
        }

        return ModelScript.FromText(Spec.Name + " (" + context + ")", model.Script,
            "this is EF Core " + model.EfCoreVersion + "'s create script for " + context + " (" + model.Provider + "); check the provider's settings, such as the server version, against this database.");
    }
}
