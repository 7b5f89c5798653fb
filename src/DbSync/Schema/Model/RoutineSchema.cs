namespace DbSync.Schema.Model;

/// <summary>
/// A stored procedure, function or event, kept as its whole CREATE statement (without DEFINER, which names the account
/// that ran it, not the schema): compared by its normalised text, dropped and created again when it changes.
/// </summary>
public sealed record RoutineSchema(string Name, RoutineKind Kind, string Definition)
{
    /// <summary>"procedure", "function" or "event", as descriptions and DROP statements spell it.</summary>
    public string KindName => Kind.ToString().ToLowerInvariant();
}
