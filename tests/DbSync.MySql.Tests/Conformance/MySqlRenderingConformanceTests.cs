using DbSync.Conformance;
using DbSync.Schema;

namespace DbSync.MySql.Tests.Conformance;

/// <summary>Every kind of schema operation rendered as MySQL/MariaDB SQL.</summary>
public sealed class MySqlRenderingConformanceTests : RenderingConformanceTests
{
    protected override SchemaSupport Dialect => MySqlDialect.Instance.Schema;

    protected override string TriggerDefinition => "CREATE TRIGGER trg_items AFTER INSERT ON items FOR EACH ROW SET @dbsync_probe = NEW.id";
}
