using System.Linq;
using DbSync.Core.Sql;

namespace DbSync.Core.Tests.Sql;

internal static class SqlAssert
{
    /// <summary>Parses, checks the structural invariants, and returns the statements.</summary>
    public static SqlStatement[] Split(string script, SqlSyntax syntax)
    {
        var parsed = SqlScriptParser.Parse(script, syntax);
        var violation = ScriptInvariants.Check(script, parsed);
        Assert.True(violation == null, violation);
        return parsed.Statements.ToArray();
    }

    public static string[] Texts(string script, SqlSyntax syntax) => Split(script, syntax).Select(s => s.Text).ToArray();

    /// <summary><see cref="Split(string, SqlSyntax)"/> by dialect name ("sqlite", "mysql", "postgresql"), for [InlineData].</summary>
    public static SqlStatement[] Split(string script, string dialect) => Split(script, SqlSyntax.FromName(dialect)!);

    public static string[] Texts(string script, string dialect) => Texts(script, SqlSyntax.FromName(dialect)!);
}
