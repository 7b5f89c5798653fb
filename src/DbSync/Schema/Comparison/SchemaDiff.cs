using DbSync.Schema.Model;
using DbSync.Schema.Operations;

namespace DbSync.Schema.Comparison;

/// <summary>The operations that turn <see cref="From"/> into <see cref="To"/>, with both schemas, which renderers need for context.</summary>
public sealed record SchemaDiff(DatabaseSchema From, DatabaseSchema To, IReadOnlyList<SchemaOperation> Operations)
{
    public bool IsEmpty => Operations.Count == 0;

    /// <summary>What a reviewer must not miss (<see cref="DestructiveChanges"/>); the renderers write each above its statement.</summary>
    public IReadOnlyList<ChangeWarning> Warnings { get; init; } = [];

    /// <summary>The warnings about <paramref name="operation"/>, as the comment lines to write above its statement.</summary>
    public IEnumerable<string> WarningsFor(SchemaOperation operation) =>
        Warnings.Where(w => ReferenceEquals(w.Operation, operation)).Select(w => w.CommentText);

    /// <summary>The warnings about operations on <paramref name="table"/> that <paramref name="where"/> selects.</summary>
    public IEnumerable<string> WarningsFor(string table, Func<SchemaOperation, bool> where) =>
        Warnings.Where(w => string.Equals(w.Operation.Table, table, StringComparison.OrdinalIgnoreCase) && where(w.Operation)).Select(w => w.CommentText);

    /// <summary>The diff back from <see cref="To"/> to <see cref="From"/>: every operation inverted, in reverse order.</summary>
    /// <remarks>Without warnings: they are found for a diff as it is (<see cref="DestructiveChanges"/>).</remarks>
    public SchemaDiff Invert() => new(To, From, Operations.Reverse().Select(o => o.Invert()).ToList());

    /// <summary>One line per operation, as revision headers and `check` show them.</summary>
    public IReadOnlyList<string> Describe() => Operations.Select(o => o.Describe()).ToList();
}
