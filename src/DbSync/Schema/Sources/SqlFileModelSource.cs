using DbSync.Core.Errors;
using DbSync.Dialects;
using DbSync.Migrations;

namespace DbSync.Schema.Sources;

/// <summary>The model as a desired-state SQL file (model.sql): CREATE TABLE, CREATE INDEX ... statements of the target database.</summary>
public sealed class SqlFileModelSource : IModelSource
{
    /// <exception cref="DbSyncException">DBS108: the file does not exist.</exception>
    public SqlFileModelSource(string path, string origin)
    {
        if (!File.Exists(path))
        {
            throw new DbSyncException(ErrorCodes.Model, "the model file " + path + " (" + origin + ") does not exist");
        }

        Path = path;
    }

    public string Path { get; }

    public string Name => Path;

    /// <summary>The file itself: the loader streams it (strict UTF-8), as it streams every script.</summary>
    public Task<ModelScript> GetScriptAsync(DatabaseDialect dialect, IMigrationObserver observer, CancellationToken cancellationToken) =>
        Task.FromResult(ModelScript.FromFile(Path, "fix " + System.IO.Path.GetFileName(Path) + "."));
}
