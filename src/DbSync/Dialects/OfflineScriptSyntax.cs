using DbSync.Migrations;

namespace DbSync.Dialects;

/// <summary>
/// What an offline script (<c>upgrade --sql</c>) needs from a dialect so that the database's own command-line client
/// runs it as DbSync would: whether a version is one transaction, how names and strings are quoted, and how a
/// statement whose body holds semicolons is written so the client sends it whole. The engine writes the script.
/// </summary>
public abstract class OfflineScriptSyntax
{
    /// <summary>Whether DDL is transactional, so each version is written between BEGIN and COMMIT with its version-row update.</summary>
    public abstract bool TransactionalDdl { get; }

    /// <summary>Whether <paramref name="step"/> is written in a transaction: where DDL is transactional, unless the database refuses one of its statements in a transaction.</summary>
    public virtual bool RunsInTransaction(MigrationStep step) => TransactionalDdl;

    /// <summary>Statements the script starts with (e.g. the connection's character set), each without its terminator.</summary>
    public virtual IReadOnlyList<string> Preamble => [];

    /// <summary>The statement that opens a version's transaction, without its terminator.</summary>
    public virtual string BeginTransaction => "BEGIN";

    /// <summary>The statement that commits a version's transaction, without its terminator.</summary>
    public virtual string CommitTransaction => "COMMIT";

    /// <summary>Quotes an identifier (the version table's name), as the session does.</summary>
    public abstract string QuoteIdentifier(string name);

    /// <summary>A string literal for <paramref name="value"/>.</summary>
    public virtual string QuoteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>
    /// The delimiter the client must be switched to for <paramref name="statement"/> (e.g. "$$" for a MySQL routine
    /// whose body holds ';'), or null when ';' ends it as written.
    /// </summary>
    public virtual string? DelimiterFor(string statement) => null;

    /// <summary>The client command that switches the delimiter (the mysql client's DELIMITER).</summary>
    public virtual string DelimiterCommand(string delimiter) => "DELIMITER " + delimiter;
}
