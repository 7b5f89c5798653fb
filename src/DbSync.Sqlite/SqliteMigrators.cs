using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Sqlite;
using Microsoft.Data.Sqlite;

namespace DbSync;

/// <summary>SQLite's factories for <see cref="DbSyncMigrator"/>: <c>DbSyncMigrator.ForSqlite(...)</c>, no reflection involved.</summary>
public static class SqliteMigrators
{
    extension(DbSyncMigrator)
    {
        /// <summary>A migrator for the SQLite database at <paramref name="connectionUrl"/>: <c>sqlite:///relative.db</c> or <c>sqlite:////absolute.db</c>.</summary>
        /// <param name="repositoryPath">The repository folder, which holds migrate.cfg and versions/.</param>
        /// <param name="connectionUrl">The database file as a SQLAlchemy URL, relative to the current directory unless absolute.</param>
        /// <param name="options">Logging, progress and checks; null for the defaults.</param>
        /// <returns>The migrator; nothing is opened until it runs.</returns>
        public static DbSyncMigrator ForSqlite(string repositoryPath, string connectionUrl, DbSyncMigratorOptions? options = null) =>
            new(repositoryPath, connectionUrl, SqliteDialect.Instance, options);

        /// <summary>
        /// A migrator for the SQLite file <paramref name="connection"/> names (its Data Source). DbSync opens connections
        /// of its own to that file, with its own settings (one write transaction per version); <paramref name="connection"/>
        /// itself is neither opened nor closed.
        /// </summary>
        /// <param name="repositoryPath">The repository folder, which holds migrate.cfg and versions/.</param>
        /// <param name="connection">A connection to a database file (not an in-memory database, which another connection cannot see).</param>
        /// <param name="options">Logging, progress and checks; null for the defaults.</param>
        /// <returns>The migrator; nothing is opened until it runs.</returns>
        /// <exception cref="DbSyncException">DBS123: the connection is to an in-memory database.</exception>
        public static DbSyncMigrator ForSqlite(string repositoryPath, SqliteConnection connection, DbSyncMigratorOptions? options = null)
        {
            ArgumentNullException.ThrowIfNull(connection);
            var settings = new SqliteConnectionStringBuilder(connection.ConnectionString);
            string source = settings.DataSource;
            if (source.Length == 0 || source == ":memory:" || settings.Mode == SqliteOpenMode.Memory)
            {
                throw new DbSyncException(ErrorCodes.LibraryUsage, "DbSyncMigrator.ForSqlite: the connection is to an in-memory SQLite database, which DbSync's own"
                    + " connections cannot see; migrate a database file (Data Source=app.db)");
            }

            var url = new DatabaseUrl("sqlite", null, null, null, null, Path.GetFullPath(source), new Dictionary<string, string>());
            return new DbSyncMigrator(repositoryPath, url, SqliteDialect.Instance, options);
        }
    }
}
