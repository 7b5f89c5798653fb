using DbSync.Conformance;
using DbSync.Schema;
using DbSync.Schema.Model;
using DbSync.Schema.Operations;

namespace DbSync.Sqlite.Tests.Conformance;

/// <summary>Every kind of schema operation rendered as SQLite SQL.</summary>
public sealed class SqliteRenderingConformanceTests : RenderingConformanceTests
{
    protected override SchemaSupport Dialect => SqliteDialect.Instance.Schema;

    protected override string TriggerDefinition => "CREATE TRIGGER trg_items AFTER INSERT ON items BEGIN UPDATE items SET note = 'new' WHERE id = NEW.id; END";

    /// <summary>SQLite tables have no comment: their options are WITHOUT ROWID and STRICT.</summary>
    protected override TableOptions TableOptionsChange => TableOptions.None with { WithoutRowId = true };

    /// <summary>What SQLite does not have (stored routines, sequences, enumerated types): refused with DBS114.</summary>
    protected override IReadOnlySet<Type> Refused { get; } = new HashSet<Type>
    {
        typeof(AddRoutine), typeof(DropRoutine), typeof(AddSequence), typeof(DropSequence), typeof(AlterSequence),
        typeof(AddEnumType), typeof(DropEnumType), typeof(AlterEnumType),
    };
}
