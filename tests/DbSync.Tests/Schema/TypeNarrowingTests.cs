using DbSync.Schema.Comparison;

namespace DbSync.Tests.Schema;

public sealed class TypeNarrowingTests
{
    [Theory]
    [InlineData("VARCHAR(100)", "VARCHAR(50)")]
    [InlineData("CHAR(10)", "CHAR(2)")]
    [InlineData("TEXT", "VARCHAR(255)")]
    [InlineData("LONGTEXT", "TEXT")]
    [InlineData("VARBINARY(64)", "VARBINARY(16)")]
    [InlineData("BIGINT", "INT")]
    [InlineData("INT UNSIGNED", "SMALLINT UNSIGNED")]
    [InlineData("INTEGER", "TINYINT")]
    [InlineData("DECIMAL(10,2)", "DECIMAL(8,2)")]
    [InlineData("DECIMAL(10,2)", "DECIMAL(10,1)")]
    [InlineData("NUMERIC(10,2)", "NUMERIC(10,4)")]
    public void A_type_that_holds_less_narrows(string from, string to) => Assert.True(TypeNarrowing.Narrows(from, to));

    [Theory]
    [InlineData("VARCHAR(50)", "VARCHAR(100)")]
    [InlineData("VARCHAR(50)", "TEXT")]
    [InlineData("INT", "BIGINT")]
    [InlineData("SMALLINT", "INTEGER")]
    [InlineData("DECIMAL(8,2)", "DECIMAL(12,4)")]
    [InlineData("INT", "VARCHAR(10)")]
    [InlineData("VARCHAR(10)", "INT")]
    [InlineData("DOUBLE", "FLOAT")]
    [InlineData("DATETIME", "DATE")]
    public void A_type_that_holds_as_much_or_cannot_be_judged_does_not(string from, string to) => Assert.False(TypeNarrowing.Narrows(from, to));
}
