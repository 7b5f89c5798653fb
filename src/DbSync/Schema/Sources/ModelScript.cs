using DbSync.Core.Sql;

namespace DbSync.Schema.Sources;

/// <summary>
/// A model as SQL: a file (model.sql, streamed as strict UTF-8 like any script) or a text another source produced (EF
/// Core's create script). <see cref="Path"/> names it in messages and <see cref="Remedy"/> says what to fix when a
/// statement fails in the scratch database.
/// </summary>
public sealed class ModelScript
{
    private readonly string? _text;

    private ModelScript(string path, string? text, string remedy)
    {
        Path = path;
        _text = text;
        Remedy = remedy;
    }

    public string Path { get; }

    public string Remedy { get; }

    /// <summary>Whether <see cref="Path"/> is a file on disk (rather than a name for a generated text).</summary>
    public bool IsFile => _text == null;

    public static ModelScript FromFile(string path, string remedy) => new(path, null, remedy);

    public static ModelScript FromText(string name, string text, string remedy) => new(name, text ?? throw new ArgumentNullException(nameof(text)), remedy);

    /// <summary>The statements, one at a time.</summary>
    public SqlStatementReader Open(SqlSyntax syntax) =>
        _text == null ? SqlStatementReader.Open(Path, syntax) : new SqlStatementReader(new StringReader(_text), syntax, Path);

    /// <summary>
    /// One streaming pass that finds an unterminated string or comment (or a file that is not UTF-8) before a scratch
    /// database is made for it.
    /// </summary>
    public void Validate(SqlSyntax syntax)
    {
        if (_text == null)
        {
            SqlStatementReader.Validate(Path, syntax);
            return;
        }

        using SqlStatementReader reader = Open(syntax);
        while (reader.Read() != null)
        {
        }
    }
}
