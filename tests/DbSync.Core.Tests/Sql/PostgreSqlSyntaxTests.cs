using DbSync.Core.Sql;
using static DbSync.Core.Tests.Sql.SqlAssert;

namespace DbSync.Core.Tests.Sql;

/// <summary>Scripts as psql reads them: the PostgreSQL rules of the one lexer.</summary>
public class PostgreSqlSyntaxTests
{
    private static readonly SqlSyntax Pg = SqlSyntax.PostgreSql;

    [Theory]
    [InlineData("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;SELECT 2")]
    [InlineData("CREATE FUNCTION f() RETURNS text AS $body$ SELECT 'it''s; $$ nested'; $body$ LANGUAGE sql;SELECT 2")]
    [InlineData("DO $do$ BEGIN RAISE NOTICE 'a;b'; END $do$;SELECT 2")]
    [InlineData("SELECT E'it\\'s; here';SELECT 2")]
    [InlineData("SELECT e'back\\\\';SELECT 2")]
    [InlineData("SELECT 1 /* outer /* inner; */ still outer; */;SELECT 2")]
    [InlineData("SELECT \"col;umn\" FROM t;SELECT 2")]
    [InlineData("SELECT (1; 2);SELECT 2")]
    public void Delimiters_inside_PostgreSQL_constructs_do_not_split(string script)
    {
        var texts = Texts(script, Pg);

        Assert.Equal(2, texts.Length);
        Assert.Equal("SELECT 2", texts[1]);
    }

    [Fact]
    public void Plain_strings_have_no_backslash_escapes()
    {
        // standard_conforming_strings: 'C:\' is a complete string.
        Assert.Equal(new[] { "SELECT 'C:\\'", "SELECT 2" }, Texts("SELECT 'C:\\';SELECT 2", Pg));
    }

    [Theory]
    [InlineData("SELECT $1 + $2;SELECT 2", "SELECT $1 + $2")]
    [InlineData("SELECT a$b$c FROM t;SELECT 2", "SELECT a$b$c FROM t")]
    public void Parameters_and_names_with_dollars_are_not_dollar_quotes(string script, string first)
    {
        Assert.Equal(new[] { first, "SELECT 2" }, Texts(script, Pg));
    }

    [Fact]
    public void A_BEGIN_ATOMIC_body_is_one_statement_as_psql_counts_it()
    {
        const string Script = """
            CREATE OR REPLACE FUNCTION add(a int, b int) RETURNS int
            LANGUAGE sql
            BEGIN ATOMIC
              SELECT CASE WHEN a > 0 THEN a ELSE 0 END;
              SELECT a + b;
            END;
            CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END;
            BEGIN;
            SELECT 2;
            """;

        var statements = Split(Script, Pg);

        Assert.Equal(4, statements.Length);
        Assert.EndsWith("SELECT a + b;\nEND", statements[0].Text);
        Assert.Equal("CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END", statements[1].Text);
        Assert.Equal(TransactionControl.Begin, statements[2].TransactionControl);
    }

    [Fact]
    public void A_psql_backslash_command_is_a_statement_of_its_own_line_flagged_for_the_engine()
    {
        var statements = Split("SELECT 1;\n\\connect other\nSELECT 2;\n\\set x 1\n", Pg);

        Assert.Equal(new[] { "SELECT 1", "\\connect other", "SELECT 2", "\\set x 1" }, System.Array.ConvertAll(statements, s => s.Text));
        Assert.Equal(new[] { ClientCommand.None, ClientCommand.MetaCommand, ClientCommand.None, ClientCommand.MetaCommand },
            System.Array.ConvertAll(statements, s => s.ClientCommand));
        Assert.Equal(2, statements[1].Line);
    }

    [Fact]
    public void COPY_FROM_stdin_is_flagged_and_its_data_is_not_split()
    {
        const string Script = "COPY item (id, name) FROM stdin;\n1\tit's\n2\t/* not a comment\n\\.\nSELECT 2;\n";

        var statements = Split(Script, Pg);

        Assert.Equal(2, statements.Length);
        Assert.Equal(ClientCommand.CopyFromStdin, statements[0].ClientCommand);
        Assert.Equal("SELECT 2", statements[1].Text);
        Assert.Equal(5, statements[1].Line);
    }

    [Fact]
    public void COPY_from_a_file_is_an_ordinary_statement()
    {
        var statement = Assert.Single(Split("COPY item FROM '/tmp/items.csv' WITH (FORMAT csv);", Pg));

        Assert.Equal(ClientCommand.None, statement.ClientCommand);
    }

    [Theory]
    [InlineData("SELECT $$ never closed;", "unterminated dollar-quoted string $$ starting on line 1")]
    [InlineData("SELECT 1 /* a /* b */ still open", "unterminated /* comment starting on line 1")]
    [InlineData("SELECT E'\\';", "unterminated string literal starting on line 1")]
    public void Unterminated_PostgreSQL_constructs_are_errors(string script, string message)
    {
        var error = Assert.Throws<SqlSyntaxException>(() => SqlScriptParser.Parse(script, Pg));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Syntaxes_are_found_by_the_names_scripts_use()
    {
        Assert.Same(SqlSyntax.PostgreSql, SqlSyntax.FromName("postgresql"));
        Assert.Same(SqlSyntax.PostgreSql, SqlSyntax.FromName("postgres"));
        Assert.Same(SqlSyntax.MySql, SqlSyntax.FromName("MySQL"));
        Assert.Same(SqlSyntax.Sqlite, SqlSyntax.FromName("sqlite"));
        Assert.Null(SqlSyntax.FromName("oracle"));
    }
}
