using System.Globalization;

namespace DbSync.Errors;

/// <summary>
/// A statement of a migration script failed. Names the script, the line and the statement, what the
/// database said, and where the database was left.
/// </summary>
public sealed class StatementFailedException : DbSyncException
{
    public StatementFailedException(string scriptPath, int line, string statement, string databaseMessage, string outcome, Exception inner)
        : base(Format(scriptPath, line, statement, databaseMessage, outcome), inner)
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

    private static string Format(string scriptPath, int line, string statement, string databaseMessage, string outcome) =>
        Path.GetFileName(scriptPath) + " line " + line.ToString(CultureInfo.InvariantCulture) + ": " + databaseMessage.Trim()
        + Environment.NewLine + "  statement: " + Abbreviate(statement)
        + Environment.NewLine + "  " + outcome;

    /// <summary>The statement on one line, cut to a readable length.</summary>
    private static string Abbreviate(string statement)
    {
        string oneLine = string.Join(" ", statement.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 200 ? oneLine : oneLine[..197] + "...";
    }
}
