namespace DbSync.Tool.Cli;

/// <summary>What a command prints on stdout as its result (--format).</summary>
internal enum OutputFormat
{
    /// <summary>Lines for people (the default).</summary>
    Text,

    /// <summary>One JSON document (docs/json-output.md); every message goes to stderr.</summary>
    Json,
}
