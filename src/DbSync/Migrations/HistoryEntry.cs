using DbSync.Versioning;

namespace DbSync.Migrations;

/// <summary>A version of the repository, whether the database has it, and its latest row in the audit trail (null: none).</summary>
public sealed record HistoryEntry(long Version, string Name, bool Applied, bool IsCurrent, HistoryRecord? Record = null);
