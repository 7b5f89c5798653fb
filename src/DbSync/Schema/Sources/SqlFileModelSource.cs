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

    public async Task<ModelScript> GetScriptAsync(DatabaseDialect dialect, IMigrationObserver observer, CancellationToken cancellationToken)
    {
        try
        {
            string text = await File.ReadAllTextAsync(Path, cancellationToken).ConfigureAwait(false);
            return new ModelScript(Path, text, "fix " + System.IO.Path.GetFileName(Path) + ".");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DbSyncException(ErrorCodes.FileAccess, "cannot read the model: " + e.Message, new SourceLocation(Path), e);
        }
    }
}
