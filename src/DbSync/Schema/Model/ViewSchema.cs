namespace DbSync.Schema.Model;

/// <summary>
/// A view, kept as its whole CREATE VIEW statement in the database's own spelling (like <see cref="TriggerSchema"/>):
/// compared by its normalised text, dropped and created again when it changes. A schema lists its views in an order
/// in which each can be created after the ones it reads.
/// </summary>
public sealed record ViewSchema(string Name, string Definition);
