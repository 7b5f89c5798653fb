using DbSync.Core.Validation;

namespace DbSync.Core.Tests.Validation;

/// <summary>DBS005 (empty script), DBS009 (unterminated string or comment), DBS010 (transaction control).</summary>
public class ScriptContentValidationTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  \n\r\n\t")]
    public void An_empty_script_is_DBS005(string text)
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        string upgrade = repository.Script("001_init_default_upgrade.sql", text);

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS005", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(upgrade, diagnostic.File);
        Assert.Contains("a SQL comment saying why it does nothing", diagnostic.Message);
    }

    [Fact]
    public void A_script_with_only_a_comment_is_a_deliberate_placeholder()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_default_downgrade.sql", "-- Placeholder for backports: nothing to undo.\n");

        Assert.Empty(repository.Validate());
    }

    [Fact]
    public void An_unterminated_string_is_DBS009_at_the_line_it_starts()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        string upgrade = repository.Script("001_init_sqlite_upgrade.sql",
            "CREATE TABLE t (name TEXT);\n\nINSERT INTO t VALUES ('it''s fine');\nINSERT INTO t VALUES ('oops);\nSELECT 1;\n");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS009", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(upgrade, diagnostic.File);
        Assert.Equal(4, diagnostic.Line);
        Assert.Contains("unterminated", diagnostic.Message);
        Assert.StartsWith(upgrade + "(4,1): error DBS009: ", diagnostic.ToString());
    }

    [Theory]
    [InlineData("SELECT 1--'a quote in an SQLite comment\n;\n", 1)]
    [InlineData("CREATE TABLE t (id INT);\nINSERT INTO t VALUES (1); # it is MySQL'S comment only\n", 2)]
    public void A_default_script_that_only_one_dialect_reads_as_unterminated_is_DBS009(string text, int line)
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_default_upgrade.sql", text);

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS009", diagnostic.Code);
        Assert.Equal(line, diagnostic.Line);
        Assert.Contains("a default script runs on both", diagnostic.Message);
    }

    [Fact]
    public void An_unterminated_block_comment_is_DBS009()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_mysql_upgrade.sql", "CREATE TABLE t (id INT);\n/* forgot to close\nDROP TABLE t;\n");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS009", diagnostic.Code);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void A_default_script_must_split_as_MySQL_too()
    {
        // SQLite reads 'C:\' as a complete string; MySQL reads \' as an escaped quote and never finds the end.
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_default_upgrade.sql", "CREATE TABLE paths (p TEXT);\nINSERT INTO paths VALUES ('C:\\');\n");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS009", diagnostic.Code);
        Assert.Equal(2, diagnostic.Line);
        Assert.Contains("when read as MySQL", diagnostic.Message);
        Assert.Contains("write a literal backslash as \\\\", diagnostic.Message);
    }

    [Fact]
    public void A_default_script_must_split_as_SQLite_too()
    {
        // MySQL reads '# it's' as a comment; SQLite has no '#' comments and sees a quote that never closes.
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_default_upgrade.sql", "CREATE TABLE t (id INTEGER);\n# it's a comment\n");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS009", diagnostic.Code);
        Assert.Equal(2, diagnostic.Line);
        Assert.Contains("when read as SQLite", diagnostic.Message);
        Assert.Contains("write comments with --", diagnostic.Message);
    }

    [Fact]
    public void A_default_script_broken_in_both_dialects_is_reported_once()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_default_upgrade.sql", "CREATE TABLE t (id INTEGER);\nINSERT INTO t VALUES ('never closed);\n");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS009", diagnostic.Code);
        Assert.DoesNotContain("when read as", diagnostic.Message);
    }

    [Fact]
    public void A_backslash_escape_is_fine_in_a_mysql_script()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_mysql_upgrade.sql", "INSERT INTO t VALUES ('it\\'s');\n");

        Assert.Empty(repository.Validate());
    }

    [Theory]
    [InlineData("BEGIN;", "BEGIN")]
    [InlineData("START TRANSACTION;", "START TRANSACTION")]
    [InlineData("COMMIT;", "COMMIT")]
    [InlineData("ROLLBACK;", "ROLLBACK")]
    public void A_transaction_control_statement_is_a_DBS010_warning_at_its_line(string statement, string shown)
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_default_upgrade.sql", "CREATE TABLE a (id INTEGER);\n" + statement + "\nCREATE TABLE b (id INTEGER);\n");

        Diagnostic diagnostic = Assert.Single(repository.Validate());

        Assert.Equal("DBS010", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(2, diagnostic.Line);
        Assert.Contains("'" + shown + "' is skipped", diagnostic.Message);
        Assert.Contains("remove the statement", diagnostic.Message);
    }

    [Fact]
    public void A_trigger_body_is_not_transaction_control()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_sqlite_upgrade.sql",
            "CREATE TABLE t (id INTEGER, n INTEGER);\nCREATE TRIGGER tr AFTER INSERT ON t\nBEGIN\n  UPDATE t SET n = 1;\nEND;\n");

        Assert.Empty(repository.Validate());
    }

    [Fact]
    public void Scripts_for_dialects_DbSync_does_not_run_are_not_split()
    {
        // PostgreSQL's dollar quoting would look unterminated to the SQLite and MySQL rules.
        using var repository = new TempRepository();
        repository.Versions("001_init");
        repository.Script("001_init_postgresql_upgrade.sql", "CREATE FUNCTION f() RETURNS text AS $$ SELECT 'x $$ LANGUAGE sql;\n");

        Assert.Empty(repository.Validate());
    }
}
