namespace DbSync.Dialects;

/// <summary>A check of the schema before and after a migration (oslo.db's sanity check on MySQL), for dialects that have one.</summary>
public interface ISchemaSanityCheck
{
    /// <summary>Fails (DBS109) listing the tables at fault, leaving out <paramref name="ignoredTables"/>.</summary>
    Task CheckAsync(IReadOnlyCollection<string> ignoredTables, CancellationToken cancellationToken);
}
