using DbSync.Conformance;
using DbSync.Schema;
using DbSync.Schema.Operations;

namespace DbSync.PostgreSql.Tests.Conformance;

/// <summary>Every kind of schema operation rendered as PostgreSQL SQL.</summary>
public sealed class PostgreSqlRenderingConformanceTests : RenderingConformanceTests
{
    protected override SchemaSupport Dialect => PostgreSqlDialect.Instance.Schema;

    protected override string TriggerDefinition => "CREATE TRIGGER trg_items AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION items_audit()";

    /// <summary>PostgreSQL has no virtual tables; its functions and procedures are not modelled (warned about as Unmodelled).</summary>
    protected override IReadOnlySet<Type> Refused { get; } = new HashSet<Type>
    {
        typeof(AddRoutine), typeof(DropRoutine), typeof(AddVirtualTable), typeof(DropVirtualTable),
    };
}
