using System.Data.Common;
using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Dialects;
using DbSync.Schema;
using DbSync.Schema.Introspection;

namespace DbSync.PostgreSql.Schema;

/// <summary>
/// A temporary schema dbsync_scratch_&lt;random&gt; in the target database, first in the search_path of a connection of
/// its own (followed by the target's other schemas, where extensions' types usually live), dropped with CASCADE when
/// the scratch is disposed. The model and `check` run there; the target's own schema is never touched.
/// </summary>
internal sealed class PostgreSqlScratchDatabase : IScratchDatabaseFactory
{
    public const string Prefix = "dbsync_scratch_";

    public async Task<ScratchDatabase> CreateAsync(DatabaseUrl url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        DatabaseDialect dialect = DatabaseDialects.For(url);
        string name = Prefix + Guid.NewGuid().ToString("N")[..16];
        var searchPath = new List<string> { name };
        await using (DatabaseSession target = await dialect.OpenAsync(url, readOnly: false, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await using DbCommand command = target.Connection.CreateCommand();
                command.CommandText = "CREATE SCHEMA " + name + ";\nSELECT s FROM unnest(current_schemas(false)) s WHERE s <> current_schema()";
                await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (reader.FieldCount == 0 && await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
                {
                }

                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    searchPath.Add(reader.GetString(0));
                }
            }
            catch (DbException e)
            {
                throw new DbSyncException(ErrorCodes.Database, "cannot create the scratch schema " + name + " (" + Driver.PostgreSqlDriver.Describe(e) + "): the model and `check`"
                    + " need a temporary schema; grant the user CREATE on the database", null, e);
            }
        }

        var query = url.Query.Where(p => p.Key != "options").ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        query["options"] = "-csearch_path=" + string.Join(",", searchPath.Select(PostgreSqlIdentifiers.Quote));
        var scratchUrl = new DatabaseUrl(url.Scheme, url.User, url.Password, url.Host, url.Port, url.Database, query);
        DatabaseSession session;
        try
        {
            session = await dialect.OpenAsync(scratchUrl, readOnly: false, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await using DatabaseSession cleanup = await dialect.OpenAsync(url, readOnly: false, CancellationToken.None).ConfigureAwait(false);
            await DropAsync(cleanup.Connection, name).ConfigureAwait(false);
            throw;
        }

        return new ScratchDatabase(session, () => new ValueTask(DropAsync(session.Connection, name)));
    }

    private static async Task DropAsync(DbConnection connection, string name)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "DROP SCHEMA IF EXISTS " + name + " CASCADE";
        await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
