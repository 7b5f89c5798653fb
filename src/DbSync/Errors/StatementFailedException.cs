using DbSync.Core.Errors;

namespace DbSync.Errors;

/// <summary>
/// A statement of a migration script failed (DBS103). Located at the script and line; says what the database said,
/// the statement, and where the database was left.
/// </summary>
public sealed class StatementFailedException : DbSyncException
{
    public StatementFailedException(string scriptPath, int line, string statement, string databaseMessage, string outcome, Exception inner)
        : base(ErrorCodes.StatementFailed, Format(statement, databaseMessage, outcome), new SourceLocation(scriptPath, line), inner)
    {
        ScriptPath = scriptPath;
        Line = line;
        Statement = statement;
        DatabaseMessage = databaseMessage;
    }

    public string ScriptPath { get; }
    public int Line { get; }
    public string Statement { get; }
    public string DatabaseMessage { get; }

    private static string Format(string statement, string databaseMessage, string outcome) =>
        databaseMessage.Trim()
        + Environment.NewLine + "  statement: " + Abbreviate(statement)
        + Environment.NewLine + "  " + outcome;

    /// <summary>The statement on one line, cut to a readable length.</summary>
    private static string Abbreviate(string statement)
    {
        string oneLine = string.Join(" ", statement.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 200 ? oneLine : oneLine[..197] + "...";
    }
}
