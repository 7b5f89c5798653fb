namespace DbSync.Dialects;

/// <summary>
/// A lock held for a whole run so concurrent runs on one database take turns (MySQL's GET_LOCK). Where the database
/// locks each step on its own (SQLite's write transaction) a session has none. Released when disposed, and by the
/// server when the connection dies, so a killed run never blocks the next one.
/// </summary>
public interface IRunLock
{
    /// <summary>
    /// Takes the lock for <paramref name="repositoryId"/>, waiting at most the session's <see cref="DatabaseSession.LockTimeout"/>;
    /// while it waits, it says once on the session's observer who holds the lock, where the database can tell.
    /// </summary>
    Task<IAsyncDisposable> AcquireAsync(string repositoryId, CancellationToken cancellationToken);
}
