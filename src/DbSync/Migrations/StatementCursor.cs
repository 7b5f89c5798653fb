using DbSync.Core.Sql;

namespace DbSync.Migrations;

/// <summary>Walks a step's statements with the next one in view: a scope groups statements by what follows them.</summary>
internal sealed class StatementCursor : IDisposable
{
    private readonly IEnumerator<SqlStatement> _statements;

    public StatementCursor(StepStatements statements)
    {
        _statements = statements.Read().GetEnumerator();
        Next = _statements.MoveNext() ? _statements.Current : null;
        Index = -1;
    }

    /// <summary>The statement <see cref="MoveNext"/> stands on.</summary>
    public SqlStatement Current { get; private set; } = null!;

    /// <summary>0-based index of <see cref="Current"/>.</summary>
    public int Index { get; private set; }

    /// <summary>The statement after <see cref="Current"/>, or null when it is the last.</summary>
    public SqlStatement? Next { get; private set; }

    public bool MoveNext()
    {
        if (Next == null)
        {
            return false;
        }

        Current = Next;
        Index++;
        Next = _statements.MoveNext() ? _statements.Current : null;
        return true;
    }

    public void Dispose() => _statements.Dispose();
}
