using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using DbSync.Core.Sql;

namespace DbSync.Core.Tests.Sql;

/// <summary>The streaming reader: the same statements and errors as the parser, from a window that never holds the file.</summary>
[Collection(nameof(MemoryMeasurements))]
public sealed class SqlStatementReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("dbsync-reader").FullName;

    public void Dispose() => Directory.Delete(_directory, true);

    [Theory]
    [InlineData("sqlite", "SELECT 1;\n\nINSERT INTO t VALUES ('a;\nb", 3, 23)]
    [InlineData("mysql", "SELECT 1;\n  /* header;\n", 2, 3)]
    [InlineData("mysql", "DELIMITER $$\nCREATE PROCEDURE p() BEGIN\nSELECT 'x$$\n", 3, 8)]
    [InlineData("postgresql", "SELECT 1;\nCREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $bod$ LANGUAGE sql;\n", 2, 36)]
    public void An_unterminated_construct_is_reported_at_the_same_line_and_column_whatever_the_window(string dialect, string script, int line, int column)
    {
        var syntax = SqlSyntax.FromName(dialect)!;
        var parsed = Assert.Throws<SqlSyntaxException>(() => SqlScriptParser.Parse(script, syntax));
        Assert.Equal(line, parsed.Line);
        Assert.Equal(column, parsed.Location!.Column);

        foreach (var chunkSize in new[] { 2, 3, 7, 1000 })
        {
            var streamed = Assert.Throws<SqlSyntaxException>(() => SqlAssert.Stream(script, syntax, chunkSize));
            Assert.Equal(parsed.ToDiagnosticString(), streamed.ToDiagnosticString());
        }
    }

    [Fact]
    public void Validate_reads_a_file_and_locates_an_error_in_it_with_line_and_column()
    {
        var path = Path.Combine(_directory, "001_x_default_upgrade.sql");
        File.WriteAllText(path, "CREATE TABLE t (a TEXT);\r\nINSERT INTO t VALUES ('ok');\r\n    INSERT INTO t VALUES ('broken);\r\n", new UTF8Encoding(true));

        var error = Assert.Throws<SqlSyntaxException>(() => SqlStatementReader.Validate(path, SqlSyntax.Sqlite));

        Assert.Equal(path + "(3,27): error DBS009: unterminated string literal starting on line 3", error.ToDiagnosticString());
    }

    [Fact]
    public void Validate_counts_the_statements_of_a_good_file()
    {
        var path = Path.Combine(_directory, "001_x_default_upgrade.sql");
        File.WriteAllText(path, "-- header\nCREATE TABLE t (a TEXT);\nINSERT INTO t VALUES ('a;b');\n");

        Assert.Equal(2, SqlStatementReader.Validate(path, SqlSyntax.MySql));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Four_byte_characters_across_a_window_boundary_are_read_whole(int asciiBefore)
    {
        // An emoji is two UTF-16 chars; with one ASCII char before them, the 64 KiB window ends inside a pair.
        var emoji = string.Concat(Enumerable.Repeat("\U0001F600", 50_000));
        var script = "SELECT 1;" + new string('x', asciiBefore) + "\nINSERT INTO t VALUES ('" + emoji + "');\n";
        var path = Path.Combine(_directory, "001_x_default_upgrade.sql");
        File.WriteAllText(path, script);

        using var reader = SqlStatementReader.Open(path, SqlSyntax.Sqlite);
        var statements = reader.ReadAll().ToList();

        Assert.Equal(2, statements.Count);
        Assert.Contains(emoji, statements[1].Text);
    }

    [Fact]
    public void A_short_file_gets_a_window_sized_to_it_and_reads_the_same_statements_as_the_parser()
    {
        // Every length from empty to past a few windows of the smallest buffer, with a byte-order mark, two-, three- and
        // four-byte characters at the end, where a buffer cut to the file's size would split them.
        var tails = new[] { "", "é", "€", "\U0001F600", "é\U0001F600" };
        var path = Path.Combine(_directory, "001_x_default_upgrade.sql");
        for (var length = 0; length < 40; length++)
        {
            foreach (var tail in tails)
            {
                foreach (var bom in new[] { false, true })
                {
                    var script = (length == 0 ? "" : "SELECT '" + new string('a', length) + tail + "';\nSELECT 2") + "\n";
                    File.WriteAllText(path, script, new UTF8Encoding(bom));

                    using var text = ScriptTextReader.Open(path);
                    Assert.True(SqlStatementReader.ChunkSizeFor(text) <= new FileInfo(path).Length + 1);
                    using var reader = new SqlStatementReader(text, SqlSyntax.Sqlite, path, SqlStatementReader.ChunkSizeFor(text));
                    Assert.Equal(SqlScriptParser.Parse(script, SqlSyntax.Sqlite).Statements.Select(s => s.Text), reader.ReadAll().Select(s => s.Text));
                }
            }
        }
    }

    [Fact]
    public void A_large_script_is_read_with_memory_that_does_not_grow_with_it()
    {
        // About 48 MB of text (96 MB as one .NET string), never materialised: generated as it is read.
        const int Statements = 400_000;
        using var reader = new SqlStatementReader(new GeneratedScript(Statements), SqlSyntax.MySql);
        var baseline = GC.GetTotalMemory(true);
        long peak = 0;
        var count = 0;
        foreach (var statement in reader.ReadAll())
        {
            Assert.Equal(count + 1, statement.Line);
            if (++count % 50_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(true) - baseline);
            }
        }

        Assert.Equal(Statements, count);
        Assert.True(peak < 8 * 1024 * 1024, $"live memory grew by {peak / 1024} KiB while reading");
    }

    [Fact]
    public void A_statement_of_several_megabytes_is_read_in_linear_time()
    {
        var values = string.Join(",", Enumerable.Range(0, 300_000).Select(i => "(" + i + ",'v;" + i + "')"));
        var script = "SELECT 1;\nINSERT INTO t VALUES " + values + ";\nSELECT 2;\n";
        var clock = Stopwatch.StartNew();

        var statements = SqlAssert.Stream(script, SqlSyntax.Sqlite, 4096);

        Assert.Equal(3, statements.Length);
        Assert.Equal(script.Length - "INSERT INTO t VALUES ".Length - "SELECT 1;\n;\nSELECT 2;\n".Length, statements[1].Text.Length - "INSERT INTO t VALUES ".Length);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    // A script of numbered INSERTs, one a line, made up as it is read.
    private sealed class GeneratedScript(int statements) : TextReader
    {
        private int _next;
        private string _pending = string.Empty;
        private int _at;

        public override int Read(char[] buffer, int index, int count)
        {
            var written = 0;
            while (written < count)
            {
                if (_at == _pending.Length)
                {
                    if (_next == statements)
                    {
                        break;
                    }

                    _pending = "INSERT INTO stock_log (item_id, delta, kind) VALUES (" + _next++ + ", -1, 'sold; \"ok\"');\n";
                    _at = 0;
                }

                var n = Math.Min(count - written, _pending.Length - _at);
                _pending.CopyTo(_at, buffer, index + written, n);
                _at += n;
                written += n;
            }

            return written;
        }
    }
}

/// <summary>Tests that measure the process's live memory run alone, after the others, so no other test's objects count.</summary>
[CollectionDefinition(nameof(MemoryMeasurements), DisableParallelization = true)]
public sealed class MemoryMeasurements
{
}
