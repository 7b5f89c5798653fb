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
/// character set and collation, so the model reads as it would there), dropped when the scratch is disposed, or by
/// the next run when the one that made it was killed.
/// </summary>
internal sealed class MySqlScratchDatabase : IScratchDatabaseFactory
{
    public const string Prefix = "dbsync_scratch_";

    public async Task<ScratchDatabase> CreateAsync(DatabaseUrl url, CancellationToken cancellationToken)
    {
        DatabaseDialect dialect = DatabaseDialects.For(url);
        string name = Prefix + Guid.NewGuid().ToString("N")[..16];

        // The target connection holds the scratch's lock for the scratch's life: a run that dies releases it with its
        // connection, and the next run's clean-up drops every scratch database whose lock is free.
        DatabaseSession target = await dialect.OpenAsync(url, readOnly: false, cancellationToken).ConfigureAwait(false);
        DatabaseSession? session = null;
        try
        {
            await DropOrphansAsync(target.Connection, cancellationToken).ConfigureAwait(false);
            await ScalarAsync(target.Connection, "SELECT GET_LOCK('" + LockName(name) + "', 0)", cancellationToken).ConfigureAwait(false);
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

            session = await dialect.OpenAsync(url.WithDatabase(name), readOnly: false, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await DropAsync(target, name).ConfigureAwait(false);
            throw;
        }

        return new ScratchDatabase(session, () => new ValueTask(DropAsync(target, name)));
    }

    /// <summary>Drops the scratch database, then closes the connection that holds its lock.</summary>
    private static async Task DropAsync(DatabaseSession target, string name)
    {
        await using (target)
        {
            await ExecuteAsync(target.Connection, "DROP DATABASE IF EXISTS " + MySqlDdl.Quote(name), CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Scratch databases of runs that died (check or autogenerate killed mid-run): their locks are free.</summary>
    private static async Task DropOrphansAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using (DbCommand list = connection.CreateCommand())
        {
            list.CommandText = "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'dbsync\\_scratch\\_%'";
            await using DbDataReader reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (string orphan in names.Where(n => n.Length == Prefix.Length + 16 && n.Skip(Prefix.Length).All(char.IsAsciiHexDigitLower)))
        {
            if (await ScalarAsync(connection, "SELECT GET_LOCK('" + LockName(orphan) + "', 0)", cancellationToken).ConfigureAwait(false) == 1)
            {
                await ExecuteAsync(connection, "DROP DATABASE IF EXISTS " + MySqlDdl.Quote(orphan) + ";\nSELECT RELEASE_LOCK('" + LockName(orphan) + "')", cancellationToken)
                    .ConfigureAwait(false);
            }
        }
    }

    private static string LockName(string scratch) => "dbsync_scratch:" + scratch;

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        object? value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
