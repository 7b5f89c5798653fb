namespace DbSync.Schema;

/// <summary>What create_schema did: the tables it created and the version it stamped (and the one recorded before, if any).</summary>
public sealed record CreateSchemaResult(IReadOnlyList<string> Tables, long Version, long? PreviousVersion);
