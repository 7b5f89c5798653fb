using System.Data.Common;

namespace DbSync.Dialects;

/// <summary>Where a database without transactional DDL records the statements of a version that did not complete.</summary>
public interface IIncompleteVersionLog
{
    /// <summary>
    /// Forgets what was recorded about a half-applied version of <paramref name="repositoryId"/>, in
    /// <paramref name="transaction"/>: a stamp or create_schema is the user saying where the schema is.
    /// </summary>
    Task ForgetAsync(string repositoryId, DbTransaction transaction, CancellationToken cancellationToken);
}
