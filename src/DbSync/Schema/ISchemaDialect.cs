using DbSync.Configuration;
using DbSync.Dialects;
using DbSync.Schema.Comparison;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;

namespace DbSync.Schema;

/// <summary>
/// What autogenerate, create_schema and check need from one database beyond <see cref="DatabaseDialect"/>: reading a
/// schema, a scratch database to load the model in, what "the same" means, and SQL for changes. Found through
/// <see cref="DatabaseDialect.SchemaDialect"/>.
/// </summary>
public interface ISchemaDialect
{
    /// <summary>When two spellings of a type, default or expression mean the same on this database.</summary>
    SchemaNormalizer Normalizer { get; }

    /// <summary>Reads the tables of the database <paramref name="session"/> is connected to, leaving out those <paramref name="filter"/> excludes.</summary>
    Task<DatabaseSchema> IntrospectAsync(DatabaseSession session, SchemaFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// An empty database of this dialect to execute SQL in and introspect: in-memory for SQLite, a temporary schema on
    /// the server of <paramref name="url"/> for MySQL. Dropped when disposed.
    /// </summary>
    Task<ScratchDatabase> CreateScratchAsync(DatabaseUrl url, CancellationToken cancellationToken);

    /// <summary>
    /// The SQL script (statements ending with ';', comments saying why where it is not obvious) that applies the diff's
    /// operations; it runs inside DbSync's per-version transaction, so it holds no BEGIN or COMMIT.
    /// </summary>
    string Render(SchemaDiff diff);
}
