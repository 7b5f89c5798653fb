namespace DbSync.Schema.Sources;

/// <summary>
/// A model as SQL: <see cref="Path"/> names it in messages (the file, or where the SQL came from), and
/// <see cref="Remedy"/> says what to fix when a statement fails in the scratch database.
/// </summary>
public sealed record ModelScript(string Path, string Text, string Remedy);
