namespace DbSync.Migrations;

/// <summary>
/// Where a database is: its version (null: not under version control) and the version an earlier run left partly
/// applied, if any (databases whose DDL commits on its own, such as MySQL).
/// </summary>
public sealed record DatabaseStatus(long? Version, IncompleteVersion? Incomplete);
