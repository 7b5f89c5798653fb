namespace DbSync.Migrations;

/// <summary>The database's version (null: not under version control) and every version of the repository against it.</summary>
public sealed record MigrationHistory(long? Current, IReadOnlyList<HistoryEntry> Entries);
