using DbSync.Dialects;

namespace DbSync.Sqlite;

/// <summary>
/// Offline scripts for the sqlite3 client: DDL is transactional, so each version is one BEGIN ... COMMIT with its
/// version-row update, as a run does; the client keeps a trigger's BEGIN ... END body whole by itself.
/// </summary>
internal sealed class SqliteOfflineScriptSyntax : OfflineScriptSyntax
{
    public static readonly SqliteOfflineScriptSyntax Instance = new();

    public override bool TransactionalDdl => true;

    public override string QuoteIdentifier(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
