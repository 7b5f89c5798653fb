using DbSync.Core.Errors;

namespace DbSync.Errors;

/// <summary>A bad configuration file, setting, connection URL or environment variable (DBS100). Never carries a password.</summary>
public sealed class ConfigurationException(string message, SourceLocation? location = null)
    : DbSyncException(ErrorCodes.Configuration, message, location);
