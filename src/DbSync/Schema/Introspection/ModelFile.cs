using DbSync.Core.Repository;
using DbSync.Core.Errors;
using DbSync.Errors;

namespace DbSync.Schema.Introspection;

/// <summary>Where a repository's model is: <c>[dbsync] model</c> in migrate.cfg, relative to the repository folder.</summary>
public static class ModelFile
{
    public static string PathOf(MigrationRepository repository)
    {
        if (repository.Config.Model == null)
        {
            throw new DbSyncException(ErrorCodes.Model, "the repository has no model: add 'model = model.sql' under [dbsync] in " + repository.Config.Path
                + " and write the desired schema (CREATE TABLE, CREATE INDEX ... statements) in " + Path.Combine(repository.Path, "model.sql"));
        }

        string path = Path.GetFullPath(Path.Combine(repository.Path, repository.Config.Model));
        if (!File.Exists(path))
        {
            throw new DbSyncException(ErrorCodes.Model, "the model file " + path + " ([dbsync] model in " + repository.Config.Path + ") does not exist");
        }

        return path;
    }
}
