using DbSync.Dialects;
using DbSync.Migrations;

namespace DbSync.PostgreSql;

/// <summary>
/// Offline scripts for psql: DDL is transactional, so each version is one BEGIN ... COMMIT with its version-row update,
/// as a run does; a version holding a statement PostgreSQL refuses in a transaction (CREATE INDEX CONCURRENTLY, VACUUM,
/// ...) is written without one, as a run executes it. psql keeps dollar-quoted bodies whole by itself.
/// </summary>
internal sealed class PostgreSqlOfflineScriptSyntax : OfflineScriptSyntax
{
    public static readonly PostgreSqlOfflineScriptSyntax Instance = new();

    // The script's server is unknown: one from 12 on, where ALTER TYPE ... ADD VALUE runs in a transaction.
    private const int AssumedServerMajorVersion = 12;

    public override bool TransactionalDdl => true;

    public override bool RunsInTransaction(MigrationStep step) => OutsideTransaction.FirstIn(step, AssumedServerMajorVersion) == null;

    public override string QuoteIdentifier(string name) => Schema.PostgreSqlIdentifiers.Quote(name);
}
