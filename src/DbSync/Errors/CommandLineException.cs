using DbSync.Core.Errors;

namespace DbSync.Errors;

/// <summary>
/// A bad command line (DBS200, exit code 2): an option value that cannot be read, a revision the repository does not
/// have, a --config-file that does not exist. Nothing was changed.
/// </summary>
public sealed class CommandLineException(string message) : DbSyncException(ErrorCodes.CommandLine, message);
