using DbSync.Configuration;
using DbSync.Dialects;
using DbSync.Schema;
using DbSync.Schema.Comparison;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;

namespace DbSync.MySql.Schema;

/// <summary>
/// Autogenerate, create_schema and check on MySQL/MariaDB: information_schema introspection, a temporary database on
/// the server as scratch, ALTER TABLE in place. <see cref="MySqlDialect"/> returns it as its
/// <see cref="DatabaseDialect.SchemaDialect"/>.
/// </summary>
public sealed class MySqlSchemaDialect : ISchemaDialect
{
    public static readonly MySqlSchemaDialect Instance = new();

    private MySqlSchemaDialect()
    {
    }

    public SchemaNormalizer Normalizer => MySqlSchemaNormalizer.Instance;

    public Task<DatabaseSchema> IntrospectAsync(DatabaseSession session, SchemaFilter filter, CancellationToken cancellationToken) =>
        MySqlSchemaIntrospector.IntrospectAsync(session.Connection, filter, cancellationToken);

    public Task<ScratchDatabase> CreateScratchAsync(DatabaseUrl url, CancellationToken cancellationToken) =>
        MySqlScratchDatabase.CreateAsync(url, cancellationToken);

    public string Render(SchemaDiff diff) => MySqlSchemaRenderer.Render(diff);
}
