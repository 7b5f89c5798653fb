using System.Data.Common;
using DbSync.Configuration;
using DbSync.Dialects;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Schema;
using DbSync.Schema.Introspection;

namespace DbSync.MySql.Schema;

/// <summary>
/// A temporary database on the server of the target URL (dbsync_scratch_&lt;random&gt;, with the target's default
/// character set and collation, so the model reads as it would there), dropped when the scratch is disposed.
/// </summary>
internal sealed class MySqlScratchDatabase : IScratchDatabaseFactory
{
    public const string Prefix = "dbsync_scratch_";

    public async Task<ScratchDatabase> CreateAsync(DatabaseUrl url, CancellationToken cancellationToken)
    {
        DatabaseDialect dialect = DatabaseDialects.For(url);
        string name = Prefix + Guid.NewGuid().ToString("N")[..16];
        await using (DatabaseSession target = await dialect.OpenAsync(url, readOnly: false, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await ExecuteAsync(target.Connection,
                    "SET @dbsync_charset = @@character_set_database, @dbsync_collation = @@collation_database;\n"
                    + "SET @dbsync_create = CONCAT('CREATE DATABASE " + MySqlDdl.Quote(name) + " CHARACTER SET ', @dbsync_charset, ' COLLATE ', @dbsync_collation);\n"
                    + "PREPARE dbsync_create FROM @dbsync_create;\nEXECUTE dbsync_create;\nDEALLOCATE PREPARE dbsync_create", cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                throw new DbSyncException(ErrorCodes.Database, "cannot create the scratch database " + name + " on the MySQL server (" + e.Message + "): the model and `check`"
                    + " need a temporary database; grant the user CREATE and DROP on databases named " + Prefix + "*", null, e);
            }
        }

        var scratchUrl = url.WithDatabase(name);
        DatabaseSession session;
        try
        {
            session = await dialect.OpenAsync(scratchUrl, readOnly: false, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await using DatabaseSession cleanup = await dialect.OpenAsync(url, readOnly: false, CancellationToken.None).ConfigureAwait(false);
            await ExecuteAsync(cleanup.Connection, "DROP DATABASE IF EXISTS " + MySqlDdl.Quote(name), CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return new ScratchDatabase(session, () => new ValueTask(ExecuteAsync(session.Connection, "DROP DATABASE IF EXISTS " + MySqlDdl.Quote(name), CancellationToken.None)));
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
