namespace DbSync.MySql.Resumption;

/// <summary>A statement of an incomplete version that completed: its 1-based number in the script, its line then, and its hash.</summary>
internal sealed record RecordedStatement(int Number, int Line, string Sha256);
