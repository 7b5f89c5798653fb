using DbSync.Conformance;
using DbSync.Schema;
using DbSync.Schema.Operations;

namespace DbSync.PostgreSql.Tests.Conformance;

/// <summary>Every kind of schema operation rendered as PostgreSQL SQL.</summary>
public sealed class PostgreSqlRenderingConformanceTests : RenderingConformanceTests
{
    protected override SchemaSupport Dialect => PostgreSqlDialect.Instance.Schema;

    protected override string TriggerDefinition => "CREATE TRIGGER trg_items AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION items_audit()";

    protected override string RoutineDefinition => "CREATE OR REPLACE PROCEDURE p_items()\n LANGUAGE sql\nAS $procedure$ SELECT 1 $procedure$";

    /// <summary>PostgreSQL has no virtual tables.</summary>
    protected override IReadOnlySet<Type> Refused { get; } = new HashSet<Type>
    {
        typeof(AddVirtualTable), typeof(DropVirtualTable),
    };
}
