using System.Globalization;
using DbSync.Core.Repository;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Migrations;

namespace DbSync.MySql.Resumption;

/// <summary>
/// A version step that an earlier run left half-applied (MySQL commits each DDL statement on its own): which of
/// its statements completed. A rerun of the same step continues after them, provided they are unchanged.
/// </summary>
internal sealed record IncompleteVersion(string RepositoryId, long From, long To, string Script, IReadOnlyList<RecordedStatement> Statements)
{
    /// <summary>
    /// The 0-based index of the first statement of <paramref name="step"/> still to run. Refuses a different step
    /// and a script whose applied statements changed: what the new text would have done cannot be known.
    /// </summary>
    public int ResumeIndexFor(MigrationStep step)
    {
        if (step.From != From || step.To != To)
        {
            throw new DbSyncException(ErrorCodes.ResumeRefused, "an earlier run left " + StatementRange.StepName(From, To) + " of '" + RepositoryId + "' half-applied ("
                + Applied() + StatementRange.Were(Statements.Count) + " applied, from " + Script + "); this run would run " + StatementRange.StepName(step.From, step.To)
                + " instead. Finish it with 'dotnet dbsync "
                + (To > From ? "upgrade" : "downgrade") + " --revision " + To.ToString(CultureInfo.InvariantCulture)
                + "', or repair the schema by hand and record the version with 'dotnet dbsync stamp --revision N'.");
        }

        string file = step.Script.Name.FileName;
        foreach (RecordedStatement recorded in Statements)
        {
            if (recorded.Number > step.Statements.Count)
            {
                throw new DbSyncException(ErrorCodes.ResumeRefused, file + ": statement " + N(recorded.Number) + " (line " + N(recorded.Line)
                    + ") was applied by an earlier run but is no longer in the script. Restore the script as it was, or repair the schema by hand and run 'dotnet dbsync stamp --revision N'.");
            }

            var current = step.Statements[recorded.Number - 1];
            if (StatementHash.Of(current.Text) != recorded.Sha256)
            {
                throw new DbSyncException(ErrorCodes.ResumeRefused, file + " line " + N(current.Line) + ": statement " + N(recorded.Number)
                    + " changed since an earlier run applied it (" + Applied() + StatementRange.Were(Statements.Count) + " applied; it was at line "
                    + N(recorded.Line) + "). Only the failed statement and those after it may change before a rerun: restore the statement as it was,"
                    + " or repair the schema by hand and run 'dotnet dbsync stamp --revision " + N(step.To) + "'.");
            }
        }

        return Statements.Count;
    }

    /// <summary>"statements 1-2 of version 3 (lines 1, 5)".</summary>
    public string Applied() => StatementRange.Describe(Statements.Select(s => s.Line).ToList(), StatementRange.StepName(From, To));

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
