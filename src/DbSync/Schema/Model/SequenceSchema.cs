namespace DbSync.Schema.Model;

/// <summary>
/// A standalone sequence (PostgreSQL's CREATE SEQUENCE; those owned by serial and identity columns belong to their
/// column and are not listed). Null bounds mean the type's defaults.
/// </summary>
public sealed record SequenceSchema(
    string Name,
    string DataType = "bigint",
    long Start = 1,
    long Increment = 1,
    long? MinValue = null,
    long? MaxValue = null,
    long Cache = 1,
    bool Cycle = false);
