using DbSync.Sqlite.Schema;

namespace DbSync.Sqlite.Tests.Schema;

/// <summary>Spellings that mean the same to SQLite compare equal (no false positives); real changes do not.</summary>
public sealed class SqliteNormalizationTests
{
    private static readonly SqliteSchemaNormalizer Normalizer = SqliteSchemaNormalizer.Instance;

    [Theory]
    [InlineData("INT", "INTEGER")]
    [InlineData("integer", "INTEGER")]
    [InlineData("int", "Integer")]
    [InlineData("VARCHAR(64)", "varchar(64)")]
    [InlineData("varchar ( 64 )", "VARCHAR(64)")]
    [InlineData("NUMERIC(10, 2)", "numeric(10,2)")]
    [InlineData("character varying(10)", "VARCHAR(10)")]
    [InlineData("double precision", "DOUBLE")]
    [InlineData("BOOL", "boolean")]
    [InlineData("UNSIGNED BIG INT", "unsigned  big  int")]
    public void Types_spelled_differently_are_the_same(string a, string b) =>
        Assert.Equal(Normalizer.NormalizeType(a), Normalizer.NormalizeType(b));

    [Theory]
    [InlineData("VARCHAR(64)", "VARCHAR(65)")]
    [InlineData("INTEGER", "TEXT")]
    [InlineData("INTEGER", "BIGINT")]
    [InlineData("NUMERIC(10,2)", "NUMERIC(10,3)")]
    [InlineData("", "BLOB")]
    [InlineData("REAL", "DOUBLE")]
    public void Different_types_differ(string a, string b) =>
        Assert.NotEqual(Normalizer.NormalizeType(a), Normalizer.NormalizeType(b));

    [Theory]
    [InlineData("'x'", "x", "TEXT")]
    [InlineData("'general'", "general", "VARCHAR(32)")]
    [InlineData("CURRENT_TIMESTAMP", "current_timestamp()", "TIMESTAMP")]
    [InlineData("CURRENT_TIMESTAMP", "current_timestamp", "TIMESTAMP")]
    [InlineData("CURRENT_TIMESTAMP", "(CURRENT_TIMESTAMP)", "DATETIME")]
    [InlineData("CURRENT_TIMESTAMP", "now()", "DATETIME")]
    [InlineData("0", "(0)", "INTEGER")]
    [InlineData("'0'", "0", "INTEGER")]
    [InlineData("'0'", "0", "TEXT")]
    [InlineData("0.00", "0", "NUMERIC(10,2)")]
    [InlineData("'007'", "7", "INTEGER")]
    [InlineData("-1", "(-1)", "INTEGER")]
    [InlineData("TRUE", "1", "BOOLEAN")]
    [InlineData("FALSE", "'0'", "BOOLEAN")]
    [InlineData("'it''s'", "('it''s')", "TEXT")]
    [InlineData("datetime('now')", "(datetime( 'now' ))", "TEXT")]
    [InlineData("NULL", null, "TEXT")]
    public void Defaults_spelled_differently_are_the_same(string? a, string? b, string type) =>
        Assert.Equal(Normalizer.NormalizeDefault(a, type), Normalizer.NormalizeDefault(b, type));

    [Theory]
    [InlineData("'x'", "'y'", "TEXT")]
    [InlineData("'x'", "'X'", "TEXT")]
    [InlineData("0", "1", "INTEGER")]
    [InlineData("'007'", "7", "TEXT")]
    [InlineData(null, "''", "TEXT")]
    [InlineData(null, "0", "INTEGER")]
    [InlineData("CURRENT_TIMESTAMP", "CURRENT_DATE", "TEXT")]
    [InlineData("datetime('now')", "date('now')", "TEXT")]
    public void Different_defaults_differ(string? a, string? b, string type) =>
        Assert.NotEqual(Normalizer.NormalizeDefault(a, type), Normalizer.NormalizeDefault(b, type));

    [Theory]
    [InlineData("amount >= 0", "(amount>=0)")]
    [InlineData("amount >= 0", "\"amount\" >= 0")]
    [InlineData("length(code) > 1 AND code <> 'x'", "LENGTH( [code] )>1 and code<>'x'")]
    public void Expressions_spelled_differently_are_the_same(string a, string b) =>
        Assert.Equal(Normalizer.NormalizeExpression(a), Normalizer.NormalizeExpression(b));

    [Theory]
    [InlineData("amount >= 0", "amount > 0")]
    [InlineData("code <> 'x'", "code <> 'X'")]
    public void Different_expressions_differ(string a, string b) =>
        Assert.NotEqual(Normalizer.NormalizeExpression(a), Normalizer.NormalizeExpression(b));

    [Fact]
    public void The_binary_collation_is_the_default_and_collation_case_does_not_matter()
    {
        Assert.Equal(Normalizer.NormalizeCollation(null), Normalizer.NormalizeCollation("BINARY"));
        Assert.Equal(Normalizer.NormalizeCollation("nocase"), Normalizer.NormalizeCollation("NOCASE"));
        Assert.NotEqual(Normalizer.NormalizeCollation(null), Normalizer.NormalizeCollation("NOCASE"));
    }
}
