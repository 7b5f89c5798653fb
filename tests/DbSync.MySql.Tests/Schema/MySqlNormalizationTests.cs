using DbSync.MySql.Schema;

namespace DbSync.MySql.Tests.Schema;

/// <summary>Spellings that mean the same to MySQL/MariaDB compare equal (no false positives); real changes do not.</summary>
public sealed class MySqlNormalizationTests
{
    private static readonly MySqlSchemaNormalizer Normalizer = MySqlSchemaNormalizer.Instance;

    [Theory]
    [InlineData("INT", "int(11)")]
    [InlineData("INTEGER", "int")]
    [InlineData("int(10) unsigned", "INT UNSIGNED")]
    [InlineData("bigint(20)", "BIGINT")]
    [InlineData("VARCHAR(64)", "varchar(64)")]
    [InlineData("bool", "tinyint(1)")]
    [InlineData("BOOLEAN", "TINYINT(1)")]
    [InlineData("NUMERIC(10, 2)", "decimal(10,2)")]
    [InlineData("DECIMAL", "decimal(10,0)")]
    [InlineData("dec(8)", "DECIMAL(8,0)")]
    [InlineData("REAL", "double")]
    [InlineData("double precision", "DOUBLE")]
    [InlineData("character varying(20)", "varchar(20)")]
    [InlineData("char", "CHAR(1)")]
    [InlineData("int zerofill", "int(10) unsigned zerofill")]
    [InlineData("int signed", "int(11)")]
    public void Types_spelled_differently_are_the_same(string a, string b) =>
        Assert.Equal(Normalizer.NormalizeType(a), Normalizer.NormalizeType(b));

    [Theory]
    [InlineData("int", "bigint")]
    [InlineData("int", "int unsigned")]
    [InlineData("tinyint(1)", "tinyint(4)")]
    [InlineData("varchar(64)", "varchar(65)")]
    [InlineData("decimal(10,2)", "decimal(10,3)")]
    [InlineData("text", "mediumtext")]
    [InlineData("float", "double")]
    public void Different_types_differ(string a, string b) =>
        Assert.NotEqual(Normalizer.NormalizeType(a), Normalizer.NormalizeType(b));

    [Theory]
    [InlineData("'x'", "x", "varchar(10)")]
    [InlineData("CURRENT_TIMESTAMP", "current_timestamp()", "timestamp")]
    [InlineData("now()", "CURRENT_TIMESTAMP", "datetime")]
    [InlineData("current_timestamp(0)", "CURRENT_TIMESTAMP", "datetime")]
    [InlineData("0.00", "0", "decimal(10,2)")]
    [InlineData("'0'", "0", "int(11)")]
    [InlineData("FALSE", "0", "tinyint(1)")]
    [InlineData("NULL", null, "int")]
    [InlineData("'it''s'", "'it\\'s'", "varchar(10)")]
    public void Defaults_spelled_differently_are_the_same(string? a, string? b, string type) =>
        Assert.Equal(Normalizer.NormalizeDefault(a, type), Normalizer.NormalizeDefault(b, type));

    [Theory]
    [InlineData("'x'", "'y'", "varchar(10)")]
    [InlineData("'007'", "7", "varchar(10)")]
    [InlineData("0", "1", "int")]
    [InlineData("current_timestamp(6)", "current_timestamp()", "datetime(6)")]
    public void Different_defaults_differ(string? a, string? b, string type) =>
        Assert.NotEqual(Normalizer.NormalizeDefault(a, type), Normalizer.NormalizeDefault(b, type));

    [Fact]
    public void A_check_as_MariaDB_reports_it_is_the_one_the_model_wrote()
    {
        Assert.Equal(Normalizer.NormalizeExpression("(price >= 0)"), Normalizer.NormalizeExpression("`price` >= 0"));
        Assert.Equal(Normalizer.NormalizeCollation("utf8mb4_BIN"), Normalizer.NormalizeCollation("utf8mb4_bin"));
    }
}
