using DbSync.Core.Errors;

namespace DbSync.MySql;

/// <summary>oslo.db's sanity check failed (DBS109): the listed tables are not utf8 or not InnoDB, or the database's defaults would make new ones so.</summary>
public sealed class SchemaSanityException : DbSyncException
{
    public SchemaSanityException(IReadOnlyList<string> tables)
        : this("schema sanity check failed: tables whose collation is not utf8 or whose engine is not InnoDB: " + string.Join(", ", tables)
            + ". Convert them (ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4, ENGINE=InnoDB) or run with --no-sanity-check.", tables)
    {
    }

    private SchemaSanityException(string message, IReadOnlyList<string> tables)
        : base(ErrorCodes.SchemaSanity, message)
    {
        Tables = tables;
    }

    /// <summary>Each as "name (collation, engine)"; empty when the database's defaults are at fault.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>The database's default character set is not utf8: every table a script creates without CHARACTER SET would fail the check afterwards.</summary>
    public static SchemaSanityException DefaultCharacterSet(string database, string characterSet, string collation) =>
        new("schema sanity check failed: database '" + database + "' has the default character set " + characterSet + " (collation "
            + collation + "), so the tables its scripts create would not be utf8. Change the default first (ALTER DATABASE `" + database.Replace("`", "``", StringComparison.Ordinal)
            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci), or run with --no-sanity-check.", []);

    /// <summary>The server's default storage engine is not InnoDB: every table a script creates without ENGINE= would fail the check afterwards.</summary>
    public static SchemaSanityException DefaultEngine(string database, string engine) =>
        new("schema sanity check failed: the default storage engine for database '" + database + "' is " + engine
            + ", so the tables its scripts create would not be InnoDB. Set default_storage_engine = InnoDB on the server, or run with --no-sanity-check.", []);
}
