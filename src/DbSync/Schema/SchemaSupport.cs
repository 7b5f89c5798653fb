using DbSync.Configuration;
using DbSync.Dialects;
using DbSync.Schema.Comparison;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;

namespace DbSync.Schema;

/// <summary>
/// What autogenerate, create_schema and check need from one database, as the narrow parts its dialect supplies:
/// what "the same" means (<see cref="Normalizer"/>), reading a schema, a scratch database, and SQL for changes.
/// Found through <see cref="DatabaseDialect.Schema"/>.
/// </summary>
public sealed class SchemaSupport(SchemaNormalizer normalizer, ISchemaReader reader, IScratchDatabaseFactory scratch, ISchemaRenderer renderer)
{
    /// <summary>When two spellings of a type, default or expression mean the same on this database.</summary>
    public SchemaNormalizer Normalizer { get; } = normalizer;

    public Task<DatabaseSchema> IntrospectAsync(DatabaseSession session, SchemaFilter filter, CancellationToken cancellationToken) =>
        reader.ReadAsync(session, filter, cancellationToken);

    public Task<ScratchDatabase> CreateScratchAsync(DatabaseUrl url, CancellationToken cancellationToken) => scratch.CreateAsync(url, cancellationToken);

    public string Render(SchemaDiff diff) => renderer.Render(diff);
}
