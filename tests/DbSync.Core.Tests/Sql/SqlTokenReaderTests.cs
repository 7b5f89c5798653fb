using System.Linq;
using DbSync.Core.Sql;

namespace DbSync.Core.Tests.Sql;

/// <summary>The forgiving token reader the schema parsers read catalog DDL with.</summary>
public class SqlTokenReaderTests
{
    private static string Describe(string sql, SqlSyntax syntax) =>
        string.Join(" ", SqlTokenReader.Tokenize(sql, syntax).Select(t => t.Kind + ":" + t.Value));

    [Fact]
    public void Words_names_strings_numbers_and_operators()
    {
        Assert.Equal("Word:CREATE Word:TABLE QuotedName:a b Symbol:( QuotedName:c Word:INT Symbol:<= Symbol:- Number:1 Symbol:) String:it's",
            Describe("CREATE TABLE \"a b\" ([c] INT <= -1) -- gone\n/* gone */ 'it''s'", SqlSyntax.Sqlite));
    }

    [Theory]
    [InlineData("mysql", "'a\\'b' \"c\" `d`", "String:a'b String:c QuotedName:d")]
    [InlineData("sqlite", "'a\\' \"c\" `d`", "String:a\\ QuotedName:c QuotedName:d")]
    [InlineData("postgresql", "E'a\\nb' 'c\\' $$d'e$$ $t$f$t$ \"g\"", "String:a\nb String:c\\ String:d'e String:f QuotedName:g")]
    [InlineData("mysql", "x'00ff' 0x1F 1.5e+3 /*!40101 kept out */ # gone\nb'01'", "String:00ff Number:0x1F Number:1.5e+3 String:01")]
    [InlineData("sqlite", "DEFAULT 'never closed", "Word:DEFAULT String:never closed")]
    [InlineData("mysql", "CHECK (a /* open", "Word:CHECK Symbol:( Word:a")]
    [InlineData("sqlite", "[open", "QuotedName:open")]
    [InlineData("postgresql", "$$ open", "String: open")]
    public void Each_dialect_reads_its_own_quotes_and_escapes_and_unterminated_ones_end_with_the_text(string dialect, string sql, string expected)
    {
        Assert.Equal(expected, Describe(sql, SqlSyntax.FromName(dialect)!));
    }
}
