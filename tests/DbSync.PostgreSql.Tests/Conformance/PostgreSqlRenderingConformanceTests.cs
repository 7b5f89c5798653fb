using DbSync.Conformance;
using DbSync.Schema;

namespace DbSync.PostgreSql.Tests.Conformance;

/// <summary>Every kind of schema operation rendered as PostgreSQL SQL.</summary>
public sealed class PostgreSqlRenderingConformanceTests : RenderingConformanceTests
{
    protected override SchemaSupport Dialect => PostgreSqlDialect.Instance.Schema;

    protected override string TriggerDefinition => "CREATE TRIGGER trg_items AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION items_audit()";
}
