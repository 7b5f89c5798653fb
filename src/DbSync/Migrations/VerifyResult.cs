namespace DbSync.Migrations;

/// <summary>
/// The applied versions' upgrade scripts against the checksums the audit trail recorded (<see cref="Migrator.VerifyAsync"/>):
/// how many match, how many have no record (applied by sqlalchemy-migrate, or before DbSync kept the trail), and
/// those that changed. <see cref="Version"/> is null for a database not under version control.
/// </summary>
public sealed record VerifyResult(long? Version, int Verified, int Unrecorded, IReadOnlyList<ChangedScript> Changed);
