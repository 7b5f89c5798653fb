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

        // A first streaming pass finds an unterminated string or a file that is not UTF-8 before the scratch database exists.
        try
        {
            model.Validate(dialect.Syntax);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DbSyncException(ErrorCodes.FileAccess, "cannot read the model: " + e.Message, new SourceLocation(model.Path), e);
        }

        await using ScratchDatabase scratch = await schemaDialect.CreateScratchAsync(url, cancellationToken).ConfigureAwait(false);
        using SqlStatementReader reader = model.Open(dialect.Syntax);
        while (reader.Read() is { } statement)
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
