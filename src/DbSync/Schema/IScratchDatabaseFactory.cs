using DbSync.Configuration;
using DbSync.Schema.Introspection;

namespace DbSync.Schema;

/// <summary>Makes the throw-away databases the model is loaded in and `check` upgrades.</summary>
public interface IScratchDatabaseFactory
{
    /// <summary>
    /// An empty database of this dialect to execute SQL in and introspect: in-memory for SQLite, a temporary database on
    /// the server of <paramref name="url"/> for MySQL. Dropped when disposed.
    /// </summary>
    Task<ScratchDatabase> CreateAsync(DatabaseUrl url, CancellationToken cancellationToken);
}
