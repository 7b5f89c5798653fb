using System.IO;
using System.Linq;
using DbSync.Core.Sql;

namespace DbSync.Core.Tests.Sql;

internal static class SqlAssert
{
    // Window sizes that cut every construct somewhere: a chunk of 2 chars splits every delimiter, quote and comment.
    private static readonly int[] ChunkSizes = { 2, 3, 5, 64 };

    /// <summary>
    /// Parses, checks the structural invariants, checks that the streaming reader yields the very same statements
    /// whatever its window size, and returns the statements.
    /// </summary>
    public static SqlStatement[] Split(string script, SqlSyntax syntax)
    {
        var parsed = SqlScriptParser.Parse(script, syntax);
        var violation = ScriptInvariants.Check(script, parsed);
        Assert.True(violation == null, violation);
        foreach (var chunkSize in ChunkSizes)
        {
            var streamed = Stream(script, syntax, chunkSize);
            Assert.Equal(parsed.Statements.Select(Describe), streamed.Select(Describe));
        }

        return parsed.Statements.ToArray();
    }

    public static string[] Texts(string script, SqlSyntax syntax) => Split(script, syntax).Select(s => s.Text).ToArray();

    /// <summary><see cref="Split(string, SqlSyntax)"/> by dialect name ("sqlite", "mysql", "postgresql"), for [InlineData].</summary>
    public static SqlStatement[] Split(string script, string dialect) => Split(script, SqlSyntax.FromName(dialect)!);

    public static string[] Texts(string script, string dialect) => Texts(script, SqlSyntax.FromName(dialect)!);

    /// <summary>The statements <see cref="SqlStatementReader"/> reads from <paramref name="script"/>, <paramref name="chunkSize"/> chars at a time.</summary>
    public static SqlStatement[] Stream(string script, SqlSyntax syntax, int chunkSize)
    {
        using var reader = new SqlStatementReader(new StringReader(script), syntax, chunkSize: chunkSize);
        return reader.ReadAll().ToArray();
    }

    /// <summary>Everything a statement says about itself, for comparing two reads of a script.</summary>
    public static string Describe(SqlStatement s) =>
        $"{s.Offset}:{s.Line}:{s.Column}-{s.EndLine} {s.TransactionControl} {s.ClientCommand} [{s.Text}]";
}
