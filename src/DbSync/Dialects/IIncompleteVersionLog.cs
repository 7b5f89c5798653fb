using System.Data.Common;
using DbSync.Migrations.Resumable;

namespace DbSync.Dialects;

/// <summary>Where a database without transactional DDL records the statements of a version that did not complete.</summary>
public interface IIncompleteVersionLog
{
    /// <summary>
    /// What was recorded about a half-applied version of <paramref name="repositoryId"/>, or null; reads only, so
    /// `version`, `history` and `status` can say where a stopped run left the database.
    /// </summary>
    Task<StepProgress?> ReadAsync(string repositoryId, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets what was recorded about a half-applied version of <paramref name="repositoryId"/>, in
    /// <paramref name="transaction"/>: a stamp or create_schema is the user saying where the schema is.
    /// </summary>
    Task ForgetAsync(string repositoryId, DbTransaction transaction, CancellationToken cancellationToken);
}
