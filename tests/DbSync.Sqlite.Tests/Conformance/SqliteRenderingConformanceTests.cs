using DbSync.Conformance;
using DbSync.Schema;

namespace DbSync.Sqlite.Tests.Conformance;

/// <summary>Every kind of schema operation rendered as SQLite SQL.</summary>
public sealed class SqliteRenderingConformanceTests : RenderingConformanceTests
{
    protected override SchemaSupport Dialect => SqliteDialect.Instance.Schema;

    protected override string TriggerDefinition => "CREATE TRIGGER trg_items AFTER INSERT ON items BEGIN UPDATE items SET note = 'new' WHERE id = NEW.id; END";
}
