using DbSync.Core.Errors;

namespace DbSync.Errors;

/// <summary>oslo.db's refusal (DBS102): the database has tables but no version row, so DbSync cannot know which scripts ran.</summary>
public sealed class NotUnderVersionControlException(string versionTable) : DbSyncException(ErrorCodes.NotUnderVersionControl,
    "The database is not under version control, but has tables. Please stamp the current version of the schema manually"
    + " ('dotnet dbsync stamp --revision N' records version N in " + versionTable + " without running scripts).");
