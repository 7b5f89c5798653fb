using DbSync.Configuration;
using DbSync.Dialects;
using DbSync.Schema;
using DbSync.Sqlite;
using DbSync.Schema.Comparison;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;
using Microsoft.Data.Sqlite;

namespace DbSync.Sqlite.Schema;

/// <summary>Autogenerate, create_schema and check on SQLite: pragma introspection, an in-memory scratch database, table rebuilds.</summary>
public sealed class SqliteSchemaDialect : ISchemaDialect
{
    public static readonly SqliteSchemaDialect Instance = new();

    private SqliteSchemaDialect()
    {
    }

    public SchemaNormalizer Normalizer => SqliteSchemaNormalizer.Instance;

    public Task<DatabaseSchema> IntrospectAsync(DatabaseSession session, SchemaFilter filter, CancellationToken cancellationToken) =>
        SqliteSchemaIntrospector.IntrospectAsync((SqliteConnection)session.Connection, filter, cancellationToken);

    public async Task<ScratchDatabase> CreateScratchAsync(DatabaseUrl url, CancellationToken cancellationToken)
    {
        // Opening through the dialect initialises the bundled engine, as for any DbSync connection.
        _ = SqliteDialect.Instance;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = ":memory:", Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return new ScratchDatabase(new SqliteSession(connection));
    }

    public string Render(SchemaDiff diff) => SqliteSchemaRenderer.Render(diff);
}
