using System.Data.Common;
using DbSync.Configuration;
using DbSync.Core.Sql;
using DbSync.Dialects;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Migrations;
using DbSync.Schema.Model;
using DbSync.Schema.Sources;

namespace DbSync.Schema.Introspection;

/// <summary>
/// Loads the model: its SQL (a model.sql, or EF Core's create script) is executed in a scratch database of the target
/// dialect and that database introspected, so the database itself is the parser and the model reads exactly as a live
/// database would.
/// </summary>
internal sealed class ModelLoader(DatabaseDialect dialect, SchemaSupport schemaDialect, SchemaFilter filter, IMigrationObserver observer)
{
    public async Task<DatabaseSchema> LoadAsync(IModelSource source, DatabaseUrl url, CancellationToken cancellationToken)
    {
        ModelScript model = await source.GetScriptAsync(dialect, observer, cancellationToken).ConfigureAwait(false);
        SqlScript script;
        try
        {
            script = SqlScriptParser.Parse(model.Text, dialect.Syntax);
        }
        catch (SqlSyntaxException e)
        {
            throw e.InFile(model.Path);
        }

        await using ScratchDatabase scratch = await schemaDialect.CreateScratchAsync(url, cancellationToken).ConfigureAwait(false);
        foreach (SqlStatement statement in script.Statements)
        {
            if (statement.TransactionControl != TransactionControl.None)
            {
                observer.Warning(Path.GetFileName(model.Path) + " line " + statement.Line + ": '" + statement.Text + "' ignored; the model is a list of CREATE statements");
                continue;
            }

            try
            {
                await scratch.ExecuteAsync(statement.Text, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                throw new StatementFailedException(model.Path, statement.Line, statement.Text, e.Message,
                    "the model could not be loaded (into a scratch database; nothing was changed): " + model.Remedy, e);
            }
        }

        return await schemaDialect.IntrospectAsync(scratch.Session, filter, cancellationToken).ConfigureAwait(false);
    }
}
