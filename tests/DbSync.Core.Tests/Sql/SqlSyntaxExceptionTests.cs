using DbSync.Core.Sql;

namespace DbSync.Core.Tests.Sql;

public class SqlSyntaxExceptionTests
{
    [Theory]
    [InlineData("sqlite", "SELECT 1;\n\nINSERT INTO t VALUES ('a;\nb", 3, "unterminated string literal starting on line 3")]
    [InlineData("mysql", "SELECT 'it\\'s\n", 1, "unterminated string literal starting on line 1")]
    [InlineData("sqlite", "SELECT 1;\nSELECT \"col", 2, "unterminated quoted identifier starting on line 2")]
    [InlineData("mysql", "SELECT 1;\nSELECT \"str", 2, "unterminated string literal starting on line 2")]
    [InlineData("mysql", "\r\n\r\nSELECT `a``", 3, "unterminated quoted identifier starting on line 3")]
    [InlineData("sqlite", "SELECT `a", 1, "unterminated quoted identifier starting on line 1")]
    [InlineData("sqlite", "SELECT 1;\n\n\nSELECT [a b\n]]", 4, null)]
    [InlineData("sqlite", "SELECT 1;\n\n\nSELECT [a b", 4, "unterminated quoted identifier starting on line 4")]
    [InlineData("sqlite", "SELECT 1;\n\n/* header;\n", 3, "unterminated /* comment starting on line 3")]
    [InlineData("mysql", "SELECT 1 /* x */ /*/", 1, "unterminated /* comment starting on line 1")]
    [InlineData("mysql", "SELECT 1;\n/*!40101 SET NAMES utf8 ;\n", 2, "unterminated /* comment starting on line 2")]
    [InlineData("mysql", "DELIMITER $$\nCREATE PROCEDURE p() BEGIN\nSELECT 'x$$\n", 3, "unterminated string literal starting on line 3")]
    public void Unterminated_constructs_report_their_starting_line(string dialect, string script, int line, string? message)
    {
        var syntax = SqlSyntax.FromName(dialect)!;
        if (message == null)
        {
            // A closed bracket followed by a stray ']' is not an error: control case.
            SqlScriptParser.Parse(script, syntax);
            return;
        }

        var error = Assert.Throws<SqlSyntaxException>(() => SqlScriptParser.Parse(script, syntax));

        Assert.Equal(line, error.Line);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Unterminated_quote_inside_a_comment_is_fine()
    {
        Assert.Single(SqlScriptParser.Parse("SELECT 1 -- it's\n/* don't */", SqlSyntax.Sqlite).Statements);
        Assert.Single(SqlScriptParser.Parse("SELECT 1 # it's\n", SqlSyntax.MySql).Statements);
    }
}
