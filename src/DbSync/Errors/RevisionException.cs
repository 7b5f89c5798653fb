namespace DbSync.Errors;

/// <summary>A --revision that the repository does not have, or that points the wrong way for the command.</summary>
public sealed class RevisionException(string message) : DbSyncException(message);
