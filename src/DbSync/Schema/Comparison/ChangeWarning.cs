using DbSync.Schema.Operations;

namespace DbSync.Schema.Comparison;

/// <summary>
/// A change that can lose data or fail on the rows a table has (<see cref="DestructiveChanges"/>), or a hint about it:
/// said by autogenerate as a warning and written as <c>-- WARNING: message</c> above the statement in the script.
/// </summary>
public sealed record ChangeWarning(SchemaOperation Operation, string Table, string? Column, string Message)
{
    /// <summary>The comment line the renderers write above the operation's statement.</summary>
    public string CommentText => "WARNING: " + Message;
}
