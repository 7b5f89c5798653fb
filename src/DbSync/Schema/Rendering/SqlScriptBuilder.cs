using System.Text;

namespace DbSync.Schema.Rendering;

/// <summary>
/// Collects a rendered script: statements (each ending with ';') in groups separated by a blank line, with comment
/// lines where the reader needs to know why.
/// </summary>
public sealed class SqlScriptBuilder
{
    private readonly StringBuilder _text = new();
    private bool _groupOpen;

    public bool IsEmpty => _text.Length == 0;

    /// <summary>Starts a new group: the next line is preceded by a blank line.</summary>
    public SqlScriptBuilder Group()
    {
        _groupOpen = false;
        return this;
    }

    /// <summary>Adds "-- text", one comment line per line of <paramref name="text"/>.</summary>
    public SqlScriptBuilder Comment(string text)
    {
        foreach (string line in text.Split('\n'))
        {
            Line(("-- " + line).TrimEnd());
        }

        return this;
    }

    /// <summary>Adds one "-- WARNING: ..." line per warning (<see cref="Comparison.SchemaDiff.WarningsFor(Operations.SchemaOperation)"/>), above a statement.</summary>
    public SqlScriptBuilder Comments(IEnumerable<string> lines)
    {
        foreach (string line in lines)
        {
            Comment(line);
        }

        return this;
    }

    public SqlScriptBuilder Statement(string sql) => Line(sql + ";");

    /// <summary>A line as it is, e.g. the mysql client's DELIMITER directive.</summary>
    public SqlScriptBuilder Verbatim(string line) => Line(line);

    public override string ToString() => _text.ToString();

    private SqlScriptBuilder Line(string line)
    {
        if (!_groupOpen && _text.Length > 0)
        {
            _text.Append('\n');
        }

        _groupOpen = true;
        _text.Append(line).Append('\n');
        return this;
    }
}
