using DbSync.PostgreSql.Schema;

namespace DbSync.PostgreSql.Tests.Schema;

/// <summary>Spellings that mean the same to PostgreSQL compare equal (no false positives); real changes do not.</summary>
public sealed class PostgreSqlNormalizationTests
{
    private static readonly PostgreSqlSchemaNormalizer Normalizer = PostgreSqlSchemaNormalizer.Instance;

    [Theory]
    [InlineData("int4", "integer")]
    [InlineData("INT", "integer")]
    [InlineData("serial", "integer")]
    [InlineData("int8", "bigint")]
    [InlineData("varchar(20)", "character varying(20)")]
    [InlineData("VARCHAR", "character varying")]
    [InlineData("char", "character(1)")]
    [InlineData("bpchar(2)", "character(2)")]
    [InlineData("timestamptz", "timestamp with time zone")]
    [InlineData("timestamptz(3)", "timestamp(3) with time zone")]
    [InlineData("timestamp", "timestamp without time zone")]
    [InlineData("bool", "boolean")]
    [InlineData("float8", "double precision")]
    [InlineData("float(10)", "real")]
    [InlineData("decimal(10, 2)", "numeric(10,2)")]
    [InlineData("numeric(8)", "numeric(8,0)")]
    [InlineData("int4[]", "integer[]")]
    [InlineData("_int4", "integer[]")]
    [InlineData("varchar(20)[]", "character varying(20)[]")]
    public void Types_spelled_differently_are_the_same(string a, string b) =>
        Assert.Equal(Normalizer.NormalizeType(a), Normalizer.NormalizeType(b));

    [Theory]
    [InlineData("integer", "bigint")]
    [InlineData("varchar(20)", "varchar(21)")]
    [InlineData("timestamp", "timestamptz")]
    [InlineData("text", "text[]")]
    [InlineData("\"Mood\"", "mood")]
    public void Different_types_differ(string a, string b) =>
        Assert.NotEqual(Normalizer.NormalizeType(a), Normalizer.NormalizeType(b));

    [Theory]
    [InlineData("'general'::character varying", "'general'", "varchar(32)")]
    [InlineData("'NL'::bpchar", "'NL'", "char(2)")]
    [InlineData("'0'::numeric", "0", "numeric(10,2)")]
    [InlineData("now()", "CURRENT_TIMESTAMP", "timestamptz")]
    [InlineData("'{}'::text[]", "'{}'", "text[]")]
    [InlineData("'2020-01-01 00:00:00'::timestamp without time zone", "'2020-01-01 00:00:00'", "timestamp")]
    public void Defaults_spelled_differently_are_the_same(string a, string b, string type) =>
        Assert.Equal(Normalizer.NormalizeDefault(a, type), Normalizer.NormalizeDefault(b, type));

    [Fact]
    public void A_check_read_back_from_its_own_rendering_is_the_same_expression() =>
        Assert.Equal(
            Normalizer.NormalizeExpression("((status)::text = ANY ((ARRAY['new'::character varying, 'paid'::character varying])::text[]))"),
            Normalizer.NormalizeExpression("((status)::text = ANY (ARRAY[('new'::character varying)::text, ('paid'::character varying)::text]))"));

    [Fact]
    public void A_changed_check_is_a_different_expression() =>
        Assert.NotEqual(Normalizer.NormalizeExpression("(amount >= (0)::numeric)"), Normalizer.NormalizeExpression("(amount > (0)::numeric)"));

    [Fact]
    public void Names_are_compared_exactly()
    {
        Assert.False(Normalizer.SameName("Items", "items"));
        Assert.True(Normalizer.SameName("items", "items"));
    }
}
