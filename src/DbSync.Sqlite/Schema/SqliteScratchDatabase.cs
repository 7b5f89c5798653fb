using DbSync.Configuration;
using DbSync.Schema;
using DbSync.Schema.Introspection;
using Microsoft.Data.Sqlite;

namespace DbSync.Sqlite.Schema;

/// <summary>An in-memory SQLite database: the model is executed in it and introspected, `check` upgrades one.</summary>
internal sealed class SqliteScratchDatabase : IScratchDatabaseFactory
{
    public async Task<ScratchDatabase> CreateAsync(DatabaseUrl url, CancellationToken cancellationToken)
    {
        // Opening through the dialect initialises the bundled engine, as for any DbSync connection.
        _ = SqliteDialect.Instance;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = ":memory:",
            Pooling = false,

            // As DbSync's sessions (SqliteDialect): the scripts and the model run as the sqlite3 client runs them.
            ForeignKeys = false,
        }.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return new ScratchDatabase(new SqliteSession(connection));
    }
}
