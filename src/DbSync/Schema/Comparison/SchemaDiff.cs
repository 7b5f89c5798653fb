using DbSync.Schema.Model;
using DbSync.Schema.Operations;

namespace DbSync.Schema.Comparison;

/// <summary>The operations that turn <see cref="From"/> into <see cref="To"/>, with both schemas, which renderers need for context.</summary>
public sealed record SchemaDiff(DatabaseSchema From, DatabaseSchema To, IReadOnlyList<SchemaOperation> Operations)
{
    public bool IsEmpty => Operations.Count == 0;

    /// <summary>The diff back from <see cref="To"/> to <see cref="From"/>: every operation inverted, in reverse order.</summary>
    public SchemaDiff Invert() => new(To, From, Operations.Reverse().Select(o => o.Invert()).ToList());

    /// <summary>One line per operation, as revision headers and `check` show them.</summary>
    public IReadOnlyList<string> Describe() => Operations.Select(o => o.Describe()).ToList();
}
