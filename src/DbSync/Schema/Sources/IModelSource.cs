using DbSync.Dialects;
using DbSync.Migrations;

namespace DbSync.Schema.Sources;

/// <summary>
/// Where the desired schema comes from (<c>[dbsync] model</c> in migrate.cfg, or <c>--model</c>): a desired-state SQL
/// file, or an application's model that yields one (<c>ef:</c>, DbSync.EntityFrameworkCore). Either way the result is
/// SQL of the target dialect, which the engine executes in a scratch database and introspects: the database is the parser.
/// </summary>
public interface IModelSource
{
    /// <summary>How messages name the model: the file's path, or the spec (<c>ef:../Shop/Shop.csproj</c>).</summary>
    string Name { get; }

    /// <summary>The model as SQL for <paramref name="dialect"/>; reports what it cannot carry through <paramref name="observer"/>.</summary>
    Task<ModelScript> GetScriptAsync(DatabaseDialect dialect, IMigrationObserver observer, CancellationToken cancellationToken);
}
