namespace DbSync.Migrations;

/// <summary>What an offline script holds: the versions it moves the database between, its steps, and whether it creates the version table.</summary>
public sealed record OfflineScriptResult(long StartVersion, long EndVersion, IReadOnlyList<MigrationStep> Steps, bool CreatesVersionTable);
