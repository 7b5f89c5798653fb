namespace DbSync.Errors;

/// <summary>
/// A failure the user can act on (exit code 1): the message names the file, line, option or statement at fault
/// and is shown without a stack trace. Anything else escaping the engine is a bug.
/// </summary>
public class DbSyncException : Exception
{
    public DbSyncException(string message)
        : base(message)
    {
    }

    public DbSyncException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
