using DbSync.Core.Errors;

namespace DbSync.Errors;

/// <summary>A revision that points the wrong way for the database, or a version the database is at but the repository lacks (DBS101).</summary>
public sealed class RevisionException(string message) : DbSyncException(ErrorCodes.Revision, message);
