namespace DbSync.Configuration;

/// <summary>A <c>--config-file</c> or <c>--config-dir</c> argument, kept in command-line order because later files win.</summary>
public sealed record ConfigSource(ConfigSourceKind Kind, string Path);

public enum ConfigSourceKind
{
    File,
    Directory,
}
