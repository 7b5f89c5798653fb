using System.Data.Common;
using DbSync.Core.Sql;
using DbSync.Versioning;

namespace DbSync.Migrations.Resumable;

/// <summary>
/// The SQL a database without transactional DDL gives <see cref="ResumableStepScope"/>: where progress is kept, how a
/// transaction is written, which statements may run in one, and which failures of a re-run statement mean its effect
/// is already there. Values are spliced as the dialect's own safe literals, so progress rides in the same round trip
/// as the statement it precedes.
/// </summary>
public interface IProgressDialect
{
    /// <summary>CREATE TABLE IF NOT EXISTS of DbSync's progress table (one row per repository with a version in progress).</summary>
    string CreateTableSql { get; }

    /// <summary>The statements that open and commit a transaction, e.g. "START TRANSACTION" and "COMMIT".</summary>
    string BeginSql { get; }

    string CommitSql { get; }

    string RollbackSql { get; }

    /// <summary>Whether <paramref name="statement"/> can run inside a transaction that also records progress (row changes on MySQL).</summary>
    bool RunsInTransaction(SqlStatement statement);

    /// <summary>
    /// Whether the in-flight progress row can go in the same round trip as the statement it precedes (MySQL). PostgreSQL
    /// runs a multi-statement round trip as one implicit transaction, where CREATE INDEX CONCURRENTLY and its kind
    /// are refused, so there it is its own round trip.
    /// </summary>
    bool SavesWithStatement => true;

    /// <summary>Whether a re-run of a statement that was in flight failed because its effect is already there (table exists, column exists, ...).</summary>
    bool IsAlreadyApplied(Exception exception);

    /// <summary>Inserts or replaces the progress row of <see cref="StepProgress.RepositoryId"/>.</summary>
    string SaveSql(StepProgress progress);

    /// <summary>Deletes the progress row of <paramref name="repositoryId"/>.</summary>
    string ClearSql(string repositoryId);

    /// <summary>
    /// Moves the version row from <paramref name="from"/> to <paramref name="to"/> and deletes the progress row only
    /// if it moved, and writes <paramref name="record"/> (if any) to the audit trail only if it moved; the batch's last
    /// result is the number of version rows moved (1, or 0 when another process moved it).
    /// </summary>
    string MoveVersionSql(VersionTable versionTable, long from, long to, HistoryRecord? record);

    /// <summary>The progress row of <paramref name="repositoryId"/>, or null (also when the table does not exist yet).</summary>
    Task<StepProgress?> ReadAsync(DbConnection connection, string repositoryId, CancellationToken cancellationToken);
}
