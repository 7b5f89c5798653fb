using System.Globalization;
using DbSync.Core.Errors;
using DbSync.Core.Sql;

namespace DbSync.Migrations.Resumable;

/// <summary>Where a rerun resumes a version an earlier run left half-applied, and the refusals when the script no longer matches it.</summary>
internal static class ResumePoint
{
    /// <summary>
    /// The 0-based index of the first statement of <paramref name="step"/> to run. Refuses (DBS107) another step than
    /// the one in progress, and a script whose applied statements, or the statement that was in flight, changed since:
    /// what the new text would have done cannot be known.
    /// </summary>
    /// <param name="head">The script's first statements, up to and including the one the earlier run stopped at (fewer when it is shorter).</param>
    public static int Check(StepProgress earlier, MigrationStep step, IReadOnlyList<SqlStatement> head)
    {
        int index = earlier.Statement - 1;
        var location = new SourceLocation(step.Script.Path);
        if (step.From != earlier.From || step.To != earlier.To)
        {
            throw new DbSyncException(ErrorCodes.ResumeRefused, "an earlier run left " + earlier.StepName + " of '" + earlier.RepositoryId + "' half-applied ("
                + Applied(earlier) + " applied, from " + earlier.Script + "); this run would run " + step.Name + " instead. Finish it with 'dotnet dbsync "
                + (earlier.To > earlier.From ? "upgrade" : "downgrade") + " --revision " + N(earlier.To)
                + "', or repair the schema by hand and record the version with 'dotnet dbsync stamp --revision N'.");
        }

        if (index > step.Statements.Count || (earlier.InFlight && index == step.Statements.Count))
        {
            throw new DbSyncException(ErrorCodes.ResumeRefused, "an earlier run applied " + Applied(earlier) + " of " + step.Name
                + ", but the script now has " + N(step.Statements.Count) + ". Restore the script as it was, or repair the schema by hand and run 'dotnet dbsync stamp --revision "
                + N(step.To) + "'.", location);
        }

        if (StatementHashes.OfPrefix(head, index) != earlier.PrefixSha256)
        {
            throw new DbSyncException(ErrorCodes.ResumeRefused, "statements before statement " + N(earlier.Statement) + " (line " + N(earlier.Line)
                + ") changed since an earlier run applied them (" + Applied(earlier) + " applied). Only the statement the run stopped at and those after it may change"
                + " before a rerun: restore the others as they were, or repair the schema by hand and run 'dotnet dbsync stamp --revision " + N(step.To) + "'.", location);
        }

        if (earlier.InFlight && StatementHashes.Of(head[index].Text) != earlier.StatementSha256)
        {
            throw new DbSyncException(ErrorCodes.ResumeRefused, "statement " + N(earlier.Statement) + " was running when an earlier run stopped, so it may have"
                + " been applied, and it changed since. Restore it as it was, or repair the schema by hand and run 'dotnet dbsync stamp --revision " + N(step.To) + "'.",
                new SourceLocation(step.Script.Path, head[index].Line));
        }

        return index;
    }

    /// <summary>The one line a rerun says: which version, which statement and line it resumes at, and why.</summary>
    public static string Describe(StepProgress earlier, MigrationStep step, IReadOnlyList<SqlStatement> head)
    {
        int index = earlier.Statement - 1;
        string at = index < head.Count
            ? "statement " + N(earlier.Statement) + " (line " + N(head[index].Line) + ")"
            : "its version-row update";
        return "resuming " + step.Name + " (" + step.Script.Name.FileName + ") at " + at + ": " + Applied(earlier) + (earlier.Statement <= 2 ? " was" : " were")
            + " applied by an earlier run"
            + (earlier.InFlight ? "; statement " + N(earlier.Statement) + " was running when it stopped and runs again (if its effect is already there, it is skipped)" : string.Empty);
    }

    /// <summary>"statements 1-2": what the earlier run applied.</summary>
    private static string Applied(StepProgress earlier) => earlier.Statement <= 1
        ? "no statement"
        : ResumableStepScope.Statements(earlier.Statement - 1);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
