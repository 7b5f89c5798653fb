namespace DbSync.Migrations;

/// <summary>What an upgrade or downgrade did: where the database was, where it is, and the steps this run applied.</summary>
public sealed record MigrationResult(long StartVersion, long EndVersion, IReadOnlyList<MigrationStep> Steps, TimeSpan Elapsed);
