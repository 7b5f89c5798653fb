using DbSync.Dialects;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;

namespace DbSync.Schema;

/// <summary>Reads a live database's schema into the neutral model (a dialect's introspection).</summary>
public interface ISchemaReader
{
    /// <summary>The tables of the database <paramref name="session"/> is connected to, leaving out those <paramref name="filter"/> excludes.</summary>
    Task<DatabaseSchema> ReadAsync(DatabaseSession session, SchemaFilter filter, CancellationToken cancellationToken);
}
