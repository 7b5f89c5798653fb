using System.Text;
using DbSync.Core.Validation;

namespace DbSync.Core.Tests.Validation;

/// <summary>DBS005 (0-byte script), DBS009 (unterminated string or comment), DBS010 (transaction control), DBS011 (no statement), DBS012 (not UTF-8 text).</summary>
public class ScriptContentValidationTests
{
    [Fact]
    public void A_zero_byte_script_is_a_DBS005_warning_because_it_runs_as_a_no_op()
    {
        Diagnostic diagnostic = OnlyFinding("001_init_default_upgrade.sql", "", out string upgrade);

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(upgrade + "(1,1): warning DBS005: 001_init_default_upgrade.sql is empty (0 bytes) and runs as a no-op; write the version's statements, or delete the script",
            diagnostic.ToString());
    }

    [Theory]
    [InlineData("  \n\r\n\t")]
    [InlineData("\uFEFF")]
    [InlineData("-- Placeholder for backports: nothing to undo.\n")]
    [InlineData("-- add ports\n--\n-- Revision 2: upgrade. Created 2026-01-01 by 'dotnet dbsync revision'.\n-- Write the statements that upgrade the schema, each ending with ';'.\n")]
    [InlineData("/* nothing */ ;\n;\n")]
    public void A_script_with_no_statement_is_a_DBS011_error(string text)
    {
        Diagnostic diagnostic = OnlyFinding("001_init_default_downgrade.sql", text, out string downgrade);

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith(downgrade + "(1,1): error DBS011: 001_init_default_downgrade.sql holds no statement", diagnostic.ToString());
        Assert.Contains("write the version's statements below its header", diagnostic.Message);
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
        Assert.Equal(23, diagnostic.Column);
        Assert.StartsWith(upgrade + "(4,23): error DBS009: ", diagnostic.ToString());
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

    [Theory]
    [InlineData("ROLLBACK;")]
    [InlineData("rollback work;")]
    public void A_ROLLBACK_is_a_DBS010_error_because_upgrade_refuses_it(string statement)
    {
        Diagnostic diagnostic = OnlyFinding("001_init_default_upgrade.sql", "CREATE TABLE a (id INTEGER);\n  " + statement + "\n", out string upgrade);

        Assert.Equal(upgrade + "(2,3): error DBS010: '" + statement.TrimEnd(';') + "' would undo DbSync's own transaction; remove it from the script", diagnostic.ToString());
    }

    [Fact]
    public void An_unterminated_string_does_not_hide_transaction_control_before_it()
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        string upgrade = repository.Script("001_init_sqlite_upgrade.sql", "BEGIN;\nCREATE TABLE t (a TEXT);\nROLLBACK;\nINSERT INTO t VALUES ('never closed);\n");

        IReadOnlyList<Diagnostic> diagnostics = repository.Validate();

        Assert.Equal(
            new[]
            {
                upgrade + "(1,1): warning DBS010: 'BEGIN' is skipped when the script runs: DbSync runs each version in a transaction of its own; remove the statement",
                upgrade + "(3,1): error DBS010: 'ROLLBACK' would undo DbSync's own transaction; remove it from the script",
                upgrade + "(4,23): error DBS009: unterminated string literal starting on line 4; close it, or escape a quote inside it by doubling it",
            },
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_NUL_byte_is_DBS012_naming_its_byte_offset_line_and_column()
    {
        Diagnostic diagnostic = OnlyFinding("001_init_sqlite_upgrade.sql", "CREATE TABLE t (a TEXT);\nINSERT INTO t VALUES ('x');\0\n", out string upgrade);

        Assert.Equal(upgrade + "(2,28): error DBS012: 001_init_sqlite_upgrade.sql holds a NUL byte at byte offset 52 (line 2); save the script as UTF-8 text without NUL bytes",
            diagnostic.ToString());
    }

    [Theory]
    [InlineData("utf-16", "UTF-16 (little-endian byte-order mark)")]
    [InlineData("utf-16BE", "UTF-16 (big-endian byte-order mark)")]
    [InlineData("utf-32", "UTF-32 (little-endian byte-order mark)")]
    [InlineData("utf-16-nobom", "UTF-16 (little-endian, no byte-order mark)")]
    public void A_UTF16_or_UTF32_script_is_DBS012_naming_the_encoding(string encoding, string named)
    {
        Encoding chosen = encoding == "utf-16-nobom" ? new UnicodeEncoding(false, false) : Encoding.GetEncoding(encoding);
        byte[] content = chosen.GetPreamble().Concat(chosen.GetBytes("CREATE TABLE t (a TEXT);\n")).ToArray();

        Diagnostic diagnostic = OnlyFinding("001_init_default_upgrade.sql", content, out string upgrade);

        Assert.Equal(upgrade + "(1,1): error DBS012: 001_init_default_upgrade.sql is " + named + ", not UTF-8; save it as UTF-8 (with or without BOM)", diagnostic.ToString());
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 }, "byte 0x28 breaks the character that starts there")]
    [InlineData(new byte[] { 0xFF }, "byte 0xFF starts no character")]
    [InlineData(new byte[] { 0xC0, 0xAF }, "byte 0xC0 starts no character")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "byte 0xA0 breaks the character that starts there")]
    [InlineData(new byte[] { 0xE2, 0x82 }, "the file ends inside the character that starts there")]
    public void Invalid_UTF8_is_DBS012_at_its_byte_offset_and_line(byte[] bad, string what)
    {
        byte[] content = Encoding.UTF8.GetBytes("SELECT 'é';\nSELECT '").Concat(bad).ToArray();

        Diagnostic diagnostic = OnlyFinding("001_init_default_upgrade.sql", content, out string upgrade);

        Assert.Equal(upgrade + "(2,9): error DBS012: 001_init_default_upgrade.sql is not valid UTF-8 (" + what + ") at byte offset 21 (line 2); save the script as UTF-8 text without NUL bytes",
            diagnostic.ToString());
    }

    [Theory]
    [InlineData(true, "\r\n")]
    [InlineData(false, "\r\n")]
    [InlineData(true, "\n")]
    public void UTF8_with_or_without_BOM_and_CRLF_or_LF_is_fine(bool bom, string newline)
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        string upgrade = repository.Script("001_init_default_upgrade.sql", "");
        File.WriteAllText(upgrade, "CREATE TABLE t (a TEXT);" + newline + "INSERT INTO t VALUES ('naïve ☃ 𝄞');" + newline, new UTF8Encoding(bom));

        Assert.Empty(repository.Validate());
    }

    [Fact]
    public void A_line_of_several_megabytes_is_fine()
    {
        string values = string.Join(",", Enumerable.Range(0, 400_000).Select(i => "(" + i + ",'row " + i + "')"));

        Diagnostic diagnostic = OnlyFinding("001_init_default_upgrade.sql", "CREATE TABLE t (id INTEGER, a TEXT);\nINSERT INTO t VALUES " + values + ";\nCOMMIT;\n", out _);

        Assert.Equal(("DBS010", 3), (diagnostic.Code, diagnostic.Line));
    }

    // The one finding of a repository whose version 1 has the default scripts and this one.
    private static Diagnostic OnlyFinding(string fileName, string text, out string path) =>
        OnlyFinding(fileName, new UTF8Encoding(false).GetBytes(text), out path);

    private static Diagnostic OnlyFinding(string fileName, byte[] content, out string path)
    {
        using var repository = new TempRepository();
        repository.Versions("001_init");
        path = repository.Script(fileName, "");
        File.WriteAllBytes(path, content);
        return Assert.Single(repository.Validate());
    }
}
