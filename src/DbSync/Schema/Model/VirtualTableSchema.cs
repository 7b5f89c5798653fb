namespace DbSync.Schema.Model;

/// <summary>
/// An SQLite virtual table (FTS3/4/5, R*Tree...), kept as its whole CREATE VIRTUAL TABLE statement. It is one object:
/// the shadow tables its module creates (<c>name_content</c>, <c>name_data</c>...) are never part of the model.
/// </summary>
public sealed record VirtualTableSchema(string Name, string Module, string Definition);
