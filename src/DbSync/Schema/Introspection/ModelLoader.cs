using System.Data.Common;
using DbSync.Configuration;
using DbSync.Core.Sql;
using DbSync.Dialects;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Schema.Model;

namespace DbSync.Schema.Introspection;

/// <summary>
/// Loads the model: the desired-state SQL file is executed in a scratch database of the target dialect and that
/// database introspected, so the database itself is the parser and the model reads exactly as a live database would.
/// </summary>
internal sealed class ModelLoader(DatabaseDialect dialect, SchemaSupport schemaDialect, SchemaFilter filter, IMigrationObserver observer)
{
    public async Task<DatabaseSchema> LoadAsync(string modelPath, DatabaseUrl url, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(modelPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DbSyncException(ErrorCodes.FileAccess, "cannot read the model: " + e.Message, new SourceLocation(modelPath), e);
        }

        SqlScript script;
        try
        {
            script = SqlScriptParser.Parse(text, dialect.Syntax);
        }
        catch (SqlSyntaxException e)
        {
            throw e.InFile(modelPath);
        }

        await using ScratchDatabase scratch = await schemaDialect.CreateScratchAsync(url, cancellationToken).ConfigureAwait(false);
        foreach (SqlStatement statement in script.Statements)
        {
            if (statement.TransactionControl != TransactionControl.None)
            {
                observer.Warning(Path.GetFileName(modelPath) + " line " + statement.Line + ": '" + statement.Text + "' ignored; the model is a list of CREATE statements");
                continue;
            }

            try
            {
                await scratch.ExecuteAsync(statement.Text, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                throw new StatementFailedException(modelPath, statement.Line, statement.Text, e.Message,
                    "the model could not be loaded (into a scratch database; nothing was changed): fix " + Path.GetFileName(modelPath) + ".", e);
            }
        }

        return await schemaDialect.IntrospectAsync(scratch.Session, filter, cancellationToken).ConfigureAwait(false);
    }
}
