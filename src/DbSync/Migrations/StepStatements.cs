using DbSync.Core.Sql;

namespace DbSync.Migrations;

/// <summary>
/// The statements of a step's script, as the step loop reads them: a small script is kept after the planning pass
/// read it; a large one (a data migration of hundreds of megabytes) is read again, statement by statement, each time
/// it is enumerated, so memory follows the longest statement, never the file. Either way the planning pass already
/// checked the whole script (syntax, encoding, refused statements) before the first step ran.
/// </summary>
public sealed class StepStatements
{
    private readonly IReadOnlyList<SqlStatement>? _kept;
    private readonly Func<IEnumerable<SqlStatement>>? _read;

    private StepStatements(int count, IReadOnlyList<SqlStatement>? kept, Func<IEnumerable<SqlStatement>>? read)
    {
        Count = count;
        _kept = kept;
        _read = read;
    }

    /// <summary>How many statements run (transaction-control statements the planner skipped not counted).</summary>
    public int Count { get; }

    public static StepStatements Of(IReadOnlyList<SqlStatement> statements) => new(statements.Count, statements, null);

    /// <summary>A script read again each time, holding <paramref name="count"/> statements.</summary>
    public static StepStatements Streamed(int count, Func<IEnumerable<SqlStatement>> read) => new(count, null, read);

    /// <summary>The statements in order.</summary>
    public IEnumerable<SqlStatement> Read() => _kept ?? _read!();
}
