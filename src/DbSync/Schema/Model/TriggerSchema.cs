namespace DbSync.Schema.Model;

/// <summary>
/// A trigger on a table, kept as its whole CREATE TRIGGER statement: triggers are carried through table rebuilds and
/// compared by their normalised text, not modelled clause by clause.
/// </summary>
public sealed record TriggerSchema(string Name, string Definition);
