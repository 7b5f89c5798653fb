namespace DbSync.Migrations;

/// <summary>A version of the repository and whether the database has it.</summary>
public sealed record HistoryEntry(long Version, string Name, bool Applied, bool IsCurrent);
