using DbSync.Core.Errors;
using DbSync.Errors;

namespace DbSync.MySql;

/// <summary>oslo.db's sanity check failed: the listed tables are not utf8 or not InnoDB.</summary>
public sealed class SchemaSanityException(IReadOnlyList<string> tables) : DbSyncException(ErrorCodes.SchemaSanity,
    "schema sanity check failed: tables whose collation is not utf8 or whose engine is not InnoDB: " + string.Join(", ", tables)
    + ". Convert them (ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4, ENGINE=InnoDB) or run with --no-sanity-check.")
{
    /// <summary>Each as "name (collation, engine)".</summary>
    public IReadOnlyList<string> Tables { get; } = tables;
}
