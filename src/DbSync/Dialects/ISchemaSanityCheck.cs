using DbSync.Migrations;

namespace DbSync.Dialects;

/// <summary>
/// A check of the schema before and after a migration (oslo.db's sanity check on MySQL, tables without a primary key
/// on PostgreSQL), for dialects that have one. It reads only; it never changes data.
/// </summary>
public interface ISchemaSanityCheck
{
    /// <summary>
    /// Fails (DBS109) listing the tables at fault, or, for a check that only advises, tells <paramref name="observer"/>;
    /// leaves out <paramref name="ignoredTables"/>.
    /// </summary>
    Task CheckAsync(IReadOnlyCollection<string> ignoredTables, IMigrationObserver observer, CancellationToken cancellationToken);
}
