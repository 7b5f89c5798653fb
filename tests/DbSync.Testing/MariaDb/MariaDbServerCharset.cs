namespace DbSync.Testing.MariaDb;

/// <summary>The default character set a test server starts with (what a database created without one gets).</summary>
public enum MariaDbServerCharset
{
    /// <summary>A --no-defaults server's default, and many older installations'.</summary>
    Latin1,

    /// <summary>Current distributions' default.</summary>
    Utf8Mb4,
}
