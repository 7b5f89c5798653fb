namespace DbSync.Errors;

/// <summary>A bad configuration file, option or connection URL. Never carries a password.</summary>
public sealed class ConfigurationException(string message) : DbSyncException(message);
