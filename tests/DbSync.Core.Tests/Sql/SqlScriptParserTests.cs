using System.Linq;
using DbSync.Core.Sql;
using static DbSync.Core.Tests.Sql.SqlAssert;

namespace DbSync.Core.Tests.Sql;

/// <summary>One construct per test: what the engine will send to the database, and from which line.</summary>
public class SqlScriptParserTests
{
    private const string Lite = "sqlite";
    private const string My = "mysql";

    [Theory]
    [InlineData(Lite)]
    [InlineData(My)]
    public void Splits_at_semicolons_and_keeps_trailing_statement_without_delimiter(string syntax)
    {
        var statements = Split("CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1);\n\nSELECT * FROM a", syntax);

        Assert.Equal(new[] { "CREATE TABLE a (id INT)", "INSERT INTO a VALUES (1)", "SELECT * FROM a" }, statements.Select(s => s.Text));
        Assert.Equal(new[] { 1, 2, 4 }, statements.Select(s => s.Line));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   \n\t ", 0)]
    [InlineData(";", 0)]
    [InlineData(";;\n ; ;", 0)]
    [InlineData("SELECT 1;;;SELECT 2;;", 2)]
    [InlineData("-- only a comment\n/* and another; */\n", 0)]
    [InlineData("-- comment-only statement\n;\nSELECT 1;", 1)]
    public void Empty_and_comment_only_statements_produce_nothing(string script, int count)
    {
        Assert.Equal(count, Split(script, Lite).Length);
        Assert.Equal(count, Split(script, My).Length);
    }

    [Fact]
    public void Segments_are_lossless_and_classified()
    {
        var script = "-- head\nSELECT 1 ;;\n  SELECT 2 -- tail\n";
        var parsed = SqlScriptParser.Parse(script, SqlSyntax.FromName(Lite)!);

        Assert.Equal(
            new[]
            {
                (SqlSegmentKind.Trivia, "-- head\n"),
                (SqlSegmentKind.Statement, "SELECT 1"),
                (SqlSegmentKind.Trivia, " "),
                (SqlSegmentKind.Delimiter, ";"),
                (SqlSegmentKind.Delimiter, ";"),
                (SqlSegmentKind.Trivia, "\n  "),
                (SqlSegmentKind.Statement, "SELECT 2 -- tail"),
                (SqlSegmentKind.Trivia, "\n"),
            },
            parsed.Segments.Select(s => (s.Kind, s.Raw)));
        Assert.Equal(new[] { 1, 2, 2, 2, 2, 2, 3, 3 }, parsed.Segments.Select(s => s.Line));
    }

    [Fact]
    public void Leading_comments_are_dropped_inner_and_trailing_comments_are_kept()
    {
        var statements = Split("/* header */ -- note\n  SELECT a, /* b; */ c -- why;\n  FROM t;", Lite);

        var statement = Assert.Single(statements);
        Assert.Equal("SELECT a, /* b; */ c -- why;\n  FROM t", statement.Text);
        Assert.Equal(2, statement.Line);
        Assert.Equal(3, statement.EndLine);
    }

    [Theory]
    [InlineData(Lite, "INSERT INTO t VALUES ('a;b', 'it''s; -- not a comment', '/* no */');SELECT 2")]
    [InlineData(My, "INSERT INTO t VALUES ('a;b', 'it''s; -- not a comment', '/* no */');SELECT 2")]
    [InlineData(Lite, "SELECT \"col;umn\", \"say \"\"hi;\"\"\" FROM t;SELECT 2")]
    [InlineData(My, "SELECT \"str;ing\", \"say \"\"hi;\"\"\" FROM t;SELECT 2")]
    [InlineData(Lite, "SELECT `a;b`, `x``;y` FROM t;SELECT 2")]
    [InlineData(My, "SELECT `a;b`, `x``;y` FROM t;SELECT 2")]
    [InlineData(Lite, "SELECT [a;b], [it's; \"x\"] FROM t;SELECT 2")]
    public void Delimiters_inside_quotes_do_not_split(string syntax, string script)
    {
        var texts = Texts(script, syntax);

        Assert.Equal(2, texts.Length);
        Assert.Equal(script.Substring(0, script.LastIndexOf(';')), texts[0]);
        Assert.Equal("SELECT 2", texts[1]);
    }

    [Fact]
    public void Brackets_are_identifiers_only_in_sqlite()
    {
        Assert.Equal(new[] { "SELECT [a;b]" }, Texts("SELECT [a;b]", Lite));
        Assert.Equal(new[] { "SELECT [a", "b]" }, Texts("SELECT [a;b]", My));
    }

    [Fact]
    public void Backslash_escapes_only_in_mysql()
    {
        Assert.Equal(new[] { "SELECT 'it\\'s; ok', \"a\\\";b\"", "SELECT 2" }, Texts("SELECT 'it\\'s; ok', \"a\\\";b\";SELECT 2", My));
        Assert.Equal(new[] { "SELECT 'C:\\dir\\'", "SELECT 2" }, Texts("SELECT 'C:\\dir\\';SELECT 2", Lite));

        // The same text is an unterminated string to MySQL.
        Assert.Throws<SqlSyntaxException>(() => SqlScriptParser.Parse("SELECT 'C:\\dir\\';SELECT 2", SqlSyntax.FromName(My)!));
    }

    [Fact]
    public void Backticks_have_no_backslash_escape_in_mysql()
    {
        Assert.Equal(new[] { "SELECT `a\\`", "SELECT 2" }, Texts("SELECT `a\\`;SELECT 2", My));
    }

    [Theory]
    [InlineData(Lite, "SELECT 1 -- a; b\n;SELECT 2", new[] { "SELECT 1 -- a; b", "SELECT 2" })]
    [InlineData(My, "SELECT 1 -- a; b\n;SELECT 2", new[] { "SELECT 1 -- a; b", "SELECT 2" })]
    [InlineData(My, "SELECT 1 --\ta;\n;SELECT 2", new[] { "SELECT 1 --\ta;", "SELECT 2" })]
    [InlineData(My, "SELECT 1;--", new[] { "SELECT 1" })]
    [InlineData(My, "SELECT 1--1;SELECT 2", new[] { "SELECT 1--1", "SELECT 2" })]
    [InlineData(Lite, "SELECT 1--1;\nSELECT 2", new[] { "SELECT 1--1;\nSELECT 2" })]
    [InlineData(Lite, "SELECT 1 /* a; b */;SELECT 2", new[] { "SELECT 1 /* a; b */", "SELECT 2" })]
    [InlineData(My, "SELECT 1 /* a; b */;SELECT 2", new[] { "SELECT 1 /* a; b */", "SELECT 2" })]
    [InlineData(Lite, "SELECT 1 /*/ a; */;SELECT 2", new[] { "SELECT 1 /*/ a; */", "SELECT 2" })]
    public void Comments_hide_delimiters(string syntax, string script, string[] expected)
    {
        Assert.Equal(expected, Texts(script, syntax));
    }

    [Fact]
    public void Hash_is_a_comment_only_in_mysql()
    {
        const string Script = "# heading;\nSELECT 1 # a;b\n;\nSELECT 2";

        Assert.Equal(new[] { "SELECT 1 # a;b", "SELECT 2" }, Texts(Script, My));
        Assert.Equal(new[] { "# heading", "SELECT 1 # a", "b", "SELECT 2" }, Texts(Script, Lite));
    }

    [Theory]
    [InlineData("/*!40101 SET NAMES utf8 */;", "/*!40101 SET NAMES utf8 */")]
    [InlineData("/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE; */;", "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE; */")]
    [InlineData("/*M!100100 SET sql_mode='' */;", "/*M!100100 SET sql_mode='' */")]
    [InlineData("SELECT /*+ MAX_EXECUTION_TIME(1) */ 1;", "SELECT /*+ MAX_EXECUTION_TIME(1) */ 1")]
    public void Mysql_executable_comments_are_content(string script, string expected)
    {
        var statement = Assert.Single(Split(script, My));
        Assert.Equal(expected, statement.Text);
        Assert.Equal(TransactionControl.None, statement.TransactionControl);
    }

    [Fact]
    public void Executable_comments_are_plain_comments_in_sqlite()
    {
        Assert.Empty(Split("/*!40101 SET NAMES utf8 */;", Lite));
    }

    [Theory]
    [InlineData("CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO log VALUES (1); DELETE FROM q; END;SELECT 2")]
    [InlineData("create temp trigger t after insert on a begin insert into log values (1); delete from q; end;SELECT 2")]
    [InlineData("CREATE TEMPORARY TRIGGER IF NOT EXISTS t AFTER INSERT ON a BEGIN INSERT INTO log VALUES (1); END;SELECT 2")]
    [InlineData("CREATE TRIGGER t AFTER UPDATE ON a WHEN CASE WHEN new.x THEN 1 END BEGIN UPDATE b SET y = 1; END;SELECT 2")]
    [InlineData("CREATE TRIGGER t AFTER UPDATE ON a BEGIN UPDATE b SET y = CASE new.x WHEN 1 THEN 'a;' ELSE (CASE WHEN 1 THEN 2 END) END; SELECT 1; END;SELECT 2")]
    [InlineData("CREATE TRIGGER t AFTER UPDATE ON a BEGIN UPDATE b SET y = new.end; END;SELECT 2")]
    public void Sqlite_trigger_body_is_one_statement(string script)
    {
        var texts = Texts(script, Lite);

        Assert.Equal(new[] { script.Substring(0, script.Length - ";SELECT 2".Length), "SELECT 2" }, texts);
    }

    [Fact]
    public void Bare_begin_does_not_open_a_block()
    {
        var statements = Split("BEGIN;\nCREATE TABLE t (a);\nCOMMIT;\nBEGIN TRANSACTION;\nEND;", Lite);

        Assert.Equal(new[] { "BEGIN", "CREATE TABLE t (a)", "COMMIT", "BEGIN TRANSACTION", "END" }, statements.Select(s => s.Text));
        Assert.Equal(
            new[] { TransactionControl.Begin, TransactionControl.None, TransactionControl.Commit, TransactionControl.Begin, TransactionControl.Commit },
            statements.Select(s => s.TransactionControl));
    }

    [Fact]
    public void Begin_outside_create_header_does_not_open_a_block()
    {
        Assert.Equal(new[] { "CREATE TABLE trigger_log (id INT, event TEXT)", "SELECT begin", "SELECT 2" },
            Texts("CREATE TABLE trigger_log (id INT, event TEXT);SELECT begin;SELECT 2", Lite));
    }

    [Theory]
    [InlineData("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END;SELECT 2")]
    [InlineData("CREATE DEFINER=`root`@`localhost` PROCEDURE p() BEGIN SELECT 1; END;SELECT 2")]
    [InlineData("CREATE DEFINER = 'app'@'%' FUNCTION f() RETURNS INT BEGIN DECLARE x INT; RETURN 1; END;SELECT 2")]
    [InlineData("CREATE DEFINER=CURRENT_USER() TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; END;SELECT 2")]
    [InlineData("CREATE OR REPLACE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM a; END;SELECT 2")]
    [InlineData("CREATE PROCEDURE p() BEGIN IF x THEN SELECT 1; ELSEIF y THEN BEGIN SELECT 2; END; END IF; END;SELECT 2")]
    [InlineData("CREATE PROCEDURE p() lbl: BEGIN l2: LOOP LEAVE l2; END LOOP l2; WHILE 1 DO SELECT 1; END WHILE; REPEAT SELECT 1; UNTIL 1 END REPEAT; END lbl;SELECT 2")]
    [InlineData("CREATE PROCEDURE p() BEGIN CASE x WHEN 1 THEN BEGIN SELECT 1; END; ELSE SELECT CASE WHEN 1 THEN 2 END; END CASE; SET @end = 1; END;SELECT 2")]
    public void Mysql_compound_body_without_delimiter_is_one_statement(string script)
    {
        Assert.Equal(new[] { script.Substring(0, script.Length - ";SELECT 2".Length), "SELECT 2" }, Texts(script, My));
    }

    [Fact]
    public void Mysql_routine_without_begin_ends_at_first_delimiter()
    {
        Assert.Equal(new[] { "CREATE FUNCTION f() RETURNS INT RETURN CASE WHEN 1 THEN 2 END", "SELECT 2" },
            Texts("CREATE FUNCTION f() RETURNS INT RETURN CASE WHEN 1 THEN 2 END;SELECT 2", My));
        Assert.Equal(new[] { "CREATE DEFINER=root@localhost VIEW v AS SELECT 1 AS `begin`", "SELECT 2" },
            Texts("CREATE DEFINER=root@localhost VIEW v AS SELECT 1 AS `begin`;SELECT 2", My));
    }

    [Theory]
    [InlineData(Lite)]
    [InlineData(My)]
    public void Unterminated_body_is_the_rest_of_the_script(string syntax)
    {
        const string Script = "SELECT 1;\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\n";

        var statements = Split(Script, syntax);

        Assert.Equal(new[] { "SELECT 1", "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;" }, statements.Select(s => s.Text));
        Assert.Equal(2, statements[1].Line);
        Assert.Equal(4, statements[1].EndLine);
    }

    [Theory]
    [InlineData(Lite)]
    [InlineData(My)]
    public void Delimiter_directive_changes_the_delimiter(string syntax)
    {
        const string Script = "SELECT 1;\nDELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND$$\nSELECT '$$' $$\n  delimiter ;\nSELECT 3;";

        var parsed = SqlScriptParser.Parse(Script, SqlSyntax.FromName(syntax)!);

        Assert.Null(ScriptInvariants.Check(Script, parsed));
        Assert.Equal(new[] { "SELECT 1", "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND", "SELECT '$$'", "SELECT 3" }, parsed.Statements.Select(s => s.Text));
        Assert.Equal(new[] { 1, 3, 7, 9 }, parsed.Statements.Select(s => s.Line));
        Assert.Equal(new[] { "DELIMITER $$", "delimiter ;" },
            parsed.Segments.Where(s => s.Kind == SqlSegmentKind.DelimiterDirective).Select(s => s.Raw));
        Assert.Equal(new[] { ";", "$$", "$$", ";" },
            parsed.Segments.Where(s => s.Kind == SqlSegmentKind.Delimiter).Select(s => s.Raw));
    }

    [Theory]
    [InlineData("//")]
    [InlineData(";;")]
    [InlineData("GO")]
    public void Delimiter_directive_accepts_any_token(string delimiter)
    {
        var script = $"DELIMITER {delimiter}\r\nSELECT 1; SELECT 2{delimiter}\r\nBEGIN{delimiter}\r\nDELIMITER ;\r\nSELECT 3;";

        var statements = Split(script, My);

        Assert.Equal(new[] { "SELECT 1; SELECT 2", "BEGIN", "SELECT 3" }, statements.Select(s => s.Text));
        Assert.Equal(new[] { 2, 3, 5 }, statements.Select(s => s.Line));
        Assert.Equal(TransactionControl.Begin, statements[1].TransactionControl);
    }

    [Fact]
    public void Delimiter_directive_only_at_line_start_of_a_statement_boundary()
    {
        // Mid-line, or inside a statement, DELIMITER is ordinary text.
        Assert.Equal(new[] { "SELECT 1", "DELIMITER $$\nSELECT 2" }, Texts("SELECT 1; DELIMITER $$\nSELECT 2;", My));
        Assert.Equal(new[] { "SELECT 1\nDELIMITER $$\nSELECT 2" }, Texts("SELECT 1\nDELIMITER $$\nSELECT 2;", My));
        Assert.Equal(new[] { "DELIMITER", "SELECT 2" }, Texts("DELIMITER\n;SELECT 2;", My));
        Assert.Equal(new[] { "SELECT 2" }, Texts("  \tDELIMITER   // trailing words\nSELECT 2//", My));
    }

    [Theory]
    [InlineData("BEGIN", TransactionControl.Begin)]
    [InlineData("begin transaction", TransactionControl.Begin)]
    [InlineData("BEGIN DEFERRED", TransactionControl.Begin)]
    [InlineData("Begin  Immediate\n Transaction", TransactionControl.Begin)]
    [InlineData("BEGIN EXCLUSIVE TRANSACTION", TransactionControl.Begin)]
    [InlineData("BEGIN WORK", TransactionControl.Begin)]
    [InlineData("START TRANSACTION", TransactionControl.Begin)]
    [InlineData("END", TransactionControl.Commit)]
    [InlineData("end transaction", TransactionControl.Commit)]
    [InlineData("COMMIT", TransactionControl.Commit)]
    [InlineData("COMMIT TRANSACTION", TransactionControl.Commit)]
    [InlineData("commit work", TransactionControl.Commit)]
    [InlineData("ROLLBACK", TransactionControl.Rollback)]
    [InlineData("ROLLBACK TRANSACTION", TransactionControl.Rollback)]
    [InlineData("ROLLBACK WORK", TransactionControl.Rollback)]
    [InlineData("COMMIT /* done */", TransactionControl.Commit)]
    [InlineData("ROLLBACK TO sp1", TransactionControl.None)]
    [InlineData("ROLLBACK TRANSACTION TO SAVEPOINT sp1", TransactionControl.None)]
    [InlineData("BEGIN TRANSACTION x", TransactionControl.None)]
    [InlineData("START TRANSACTION READ ONLY", TransactionControl.None)]
    [InlineData("COMMIT AND CHAIN", TransactionControl.None)]
    [InlineData("BEGIN;", TransactionControl.Begin)]
    [InlineData("SAVEPOINT sp1", TransactionControl.None)]
    [InlineData("SELECT 'BEGIN'", TransactionControl.None)]
    [InlineData("COMMITTED", TransactionControl.None)]
    [InlineData("`COMMIT`", TransactionControl.None)]
    public void Transaction_control_is_recognised(string script, TransactionControl expected)
    {
        Assert.Equal(expected, Assert.Single(Split(script, Lite)).TransactionControl);
        Assert.Equal(expected, Assert.Single(Split(script, My)).TransactionControl);
    }

    [Fact]
    public void Transaction_control_with_custom_delimiter()
    {
        var statements = Split("DELIMITER $$\nSTART TRANSACTION$$\nCOMMIT $$", My);

        Assert.Equal(new[] { TransactionControl.Begin, TransactionControl.Commit }, statements.Select(s => s.TransactionControl));
        Assert.Equal(new[] { "START TRANSACTION", "COMMIT" }, statements.Select(s => s.Text));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Line_numbers_count_line_breaks(string nl)
    {
        var script = $"-- one{nl}SELECT 1;{nl}{nl}SELECT{nl}  2{nl};SELECT 'a{nl}b'; SELECT 4{nl}";

        var statements = Split(script, Lite);

        Assert.Equal(new[] { "SELECT 1", $"SELECT{nl}  2", $"SELECT 'a{nl}b'", "SELECT 4" }, statements.Select(s => s.Text));
        Assert.Equal(new[] { 2, 4, 6, 7 }, statements.Select(s => s.Line));
        Assert.Equal(new[] { 2, 5, 7, 7 }, statements.Select(s => s.EndLine));
    }

    [Fact]
    public void Lone_carriage_return_is_not_a_line_break()
    {
        var statements = Split("SELECT 1;\rSELECT 2;\nSELECT 3", Lite);

        Assert.Equal(new[] { "SELECT 1", "SELECT 2", "SELECT 3" }, statements.Select(s => s.Text));
        Assert.Equal(new[] { 1, 1, 2 }, statements.Select(s => s.Line));
    }

    [Fact]
    public void Text_keeps_original_line_endings()
    {
        Assert.Equal("SELECT\r\n  1 -- c", Assert.Single(Split("SELECT\r\n  1 -- c\r\n;\r\n", My)).Text);
    }
}
