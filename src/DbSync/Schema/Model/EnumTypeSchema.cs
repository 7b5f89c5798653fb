namespace DbSync.Schema.Model;

/// <summary>A named enumerated type (PostgreSQL's CREATE TYPE ... AS ENUM): its labels in their sort order.</summary>
public sealed record EnumTypeSchema(string Name, IReadOnlyList<string> Values);
