namespace DbSync.Migrations;

/// <summary>
/// The database's version (null: not under version control), every version of the repository against it, and the
/// version an earlier run left partly applied, if any (<see cref="Migrator.GetStatusAsync"/>).
/// </summary>
public sealed record MigrationHistory(long? Current, IReadOnlyList<HistoryEntry> Entries, IncompleteVersion? Incomplete = null);
