using System;
using System.IO;
using System.Linq;
using System.Text;
using DbSync.Core.Errors;
using DbSync.Core.Ini;
using DbSync.Core.Integrity;
using DbSync.Core.Repository;
using DbSync.Core.Sql;
using DbSync.Core.Tests.Sql;

namespace DbSync.Core.Tests.Fuzz;

/// <summary>
/// Hostile input for every parser of the repository's files (docs/design.md 12): SQL scripts under each dialect's
/// rules, as text and as bytes, the token reader, INI, migrate.cfg, script names and dbsync.sum. See
/// <see cref="FuzzHarness"/> for the property, the time bound and the corpus.
/// </summary>
public sealed class ParserFuzzTests : IDisposable
{
    private static readonly string[] SqlFragments =
    {
        ";", ";", "'", "\"", "`", "[", "]", "--", "-- ", "#", "/*", "*/", "/*!", "/*M!", "/*+", "\\", "\\'", "$$", "$a$", "$1", "E'",
        "\n", "\r\n", "\r", " ", "\t", "(", ")", "DELIMITER ", "DELIMITER $$\n", "DELIMITER ;\n", "$$", "//", "BEGIN", "END", "CASE",
        "END IF", "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW ", "CREATE PROCEDURE p() ", "CREATE FUNCTION f() ", "BEGIN ATOMIC ",
        "COPY t FROM stdin;\n", "\\.\n", "\\connect x\n", "COMMIT", "ROLLBACK", "START TRANSACTION", "SELECT 1", "x'00'", "\0",
    };

    private static readonly string[] SqlSeeds =
        FuzzHarness.Seeds("samples", "*.sql").Concat(FuzzHarness.Seeds(Path.Combine("tests", "corpus"), "*.sql")).ToArray();

    // Writes a lone surrogate as U+FFFD instead of throwing: the parsers read files, which hold bytes, not UTF-16.
    private static readonly Encoding Lenient = new UTF8Encoding(false, false);

    private readonly string _directory = Directory.CreateTempSubdirectory("dbsync-fuzz").FullName;

    public void Dispose() => Directory.Delete(_directory, true);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    [InlineData("postgresql")]
    public void The_statement_splitter_splits_losslessly_or_reports_an_unterminated_construct(string dialect)
    {
        var syntax = SqlSyntax.FromName(dialect)!;
        FuzzHarness.Run("splitter", FuzzHarness.Mutations(SqlSeeds, SqlFragments), script =>
        {
            SqlScript parsed;
            try
            {
                parsed = SqlScriptParser.Parse(script, syntax);
            }
            catch (SqlSyntaxException e)
            {
                var lines = script.Count(c => c == '\n') + 1;
                Require(e.Line >= 1 && e.Line <= lines && e.Location!.Column >= 1, $"error at {e.Location} outside the script");
                Require(Throws<SqlSyntaxException>(() => SqlAssert.Stream(script, syntax, 7))?.Message == e.Message, "the reader disagrees on the error");
                throw;
            }

            Require(ScriptInvariants.Check(script, parsed) is not { } violation, "invariant broken");
            var streamed = SqlAssert.Stream(script, syntax, 7);
            Require(parsed.Statements.Select(SqlAssert.Describe).SequenceEqual(streamed.Select(SqlAssert.Describe)), "the reader split differently");
        });
    }

    [Fact]
    public void A_script_file_of_any_bytes_is_read_or_refused_with_DBS009_or_DBS012()
    {
        FuzzHarness.Run("script-bytes", FuzzHarness.Mutations(SqlSeeds, SqlFragments.Concat(new[] { "\uFEFF", "\u00e9", "\uFFFE" }).ToArray()), script =>
        {
            // Chars below 0x100 that are not ASCII stand for single bytes, so invalid UTF-8, BOMs and NULs come up.
            var bytes = script.Select(c => c < 0x80 || c > 0xFF ? Encoding.UTF8.GetBytes(c.ToString()) : new[] { (byte)c }).SelectMany(b => b).ToArray();
            using var reader = new SqlStatementReader(new ScriptTextReader(new MemoryStream(bytes), "fuzz.sql"), SqlSyntax.MySql, "fuzz.sql");
            try
            {
                reader.ReadAll().Count();
            }
            catch (DbSyncException e)
            {
                Require(e.Location?.File == "fuzz.sql" && e.Location.Line >= 1, "an error about the file must name it and a line");
                throw;
            }
        });
    }

    [Fact]
    public void The_token_reader_never_throws_and_keeps_tokens_in_order()
    {
        FuzzHarness.Run("tokens", FuzzHarness.Mutations(SqlSeeds, SqlFragments, 1024), sql =>
        {
            foreach (var syntax in new[] { SqlSyntax.Sqlite, SqlSyntax.MySql, SqlSyntax.PostgreSql })
            {
                var end = 0;
                foreach (var token in SqlTokenReader.Tokenize(sql, syntax))
                {
                    Require(token.Start >= end && token.End > token.Start && token.End <= sql.Length, $"token {token} at {token.Start}..{token.End} out of order");
                    Require(token.Text == sql.Substring(token.Start, token.End - token.Start), $"token {token} is not the text at its place");
                    end = token.End;
                }
            }
        });
    }

    private static readonly string[] IniFragments =
    {
        "[", "]", "[db_settings]\n", "[dbsync]\n", "[DEFAULT]\n", "=", ":", " = ", "\n", "\r\n", "  ", "\t", "#", ";", "'", "\"", "%", "%(x)s",
        "repository_id", "version_table", "required_dbs", "use_timestamp_numbering", "require_downgrade", "init_version", "model",
        "True", "False", "maybe", "[]", "['sqlite']", "-1", "99999999999999999999", "\uFEFF", "\0",
    };

    private static readonly string[] IniSeeds = FuzzHarness.Seeds("samples", "*.c*f").ToArray();

    [Fact]
    public void The_INI_parser_reads_or_names_the_line_at_fault()
    {
        FuzzHarness.Run("ini", FuzzHarness.Mutations(IniSeeds, IniFragments), text =>
        {
            var document = IniParser.Parse(text, "fuzz.conf", stripQuotes: true);
            Require(document != null, "no document");
            IniParser.Parse(text, "fuzz.cfg", stripQuotes: false);
        });
    }

    [Fact]
    public void MigrateConfig_loads_or_refuses_with_DBS006()
    {
        var path = Path.Combine(_directory, MigrateConfig.FileName);
        FuzzHarness.Run("migrate-cfg", FuzzHarness.Mutations(IniSeeds, IniFragments), text =>
        {
            File.WriteAllText(path, text, Lenient);
            try
            {
                var config = MigrateConfig.Load(path);
                Require(config.RepositoryId.Length > 0, "a config without repository_id loaded");
            }
            catch (RepositoryException e)
            {
                Require(e.Code == ErrorCodes.InvalidMigrateConfig, "not DBS006: " + e.Code);
                throw;
            }
        });
    }

    private static readonly string[] NameFragments =
    {
        "001", "0", "9", "12345678901234567890", "_", "__", "default", "sqlite", "mysql", "postgres", "postgresql", "upgrade", "downgrade",
        ".sql", ".py", ".SQL", ".", "-", " ", "add_ports", "é", "/", "\\", ":", "\0",
    };

    [Fact]
    public void Script_names_parse_or_say_why_not()
    {
        var seeds = Directory.GetFiles(Path.Combine(FuzzHarness.RepositoryRoot(), "samples"), "*.*", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(f)).ToArray();
        FuzzHarness.Run("script-name", FuzzHarness.Mutations(seeds, NameFragments, 256), fileName =>
        {
            var name = ScriptName.TryParse(fileName, out var error);

            // A file that is no migration script (no leading digits, another extension) is neither: versions/ ignores it.
            Require(name == null || error == null, "both a name and an error");
            Require(name != null || error != null || !ScriptName.IsVersionedFileName(fileName) || !fileName.EndsWith(".sql", StringComparison.OrdinalIgnoreCase),
                fileName + ": a versioned .sql name without a name or an error");
            Require(name == null || (name.Version >= 0 && fileName.EndsWith(".sql", StringComparison.OrdinalIgnoreCase)), $"{fileName} parsed as {name}");
        });
    }

    private static readonly string[] SumFragments =
    {
        "h1:", "h1:rvtx9FBodxYnhyPzQesyuGqkcxjv6jc7UqnrkSKoVcQ=", "versions/", "001_init_default_upgrade.sql", " ", "\n", "\r\n", "=", "<<<<<<< HEAD\n",
        "=======\n", ">>>>>>> branch\n", "\t", "\uFEFF", "\0",
    };

    [Fact]
    public void Dbsync_sum_loads_or_refuses_with_DBS007()
    {
        var path = Path.Combine(_directory, SumFile.FileName);
        var seed = "h1:rvtx9FBodxYnhyPzQesyuGqkcxjv6jc7UqnrkSKoVcQ=\nversions/001_init_default_downgrade.sql h1:MtbOJCNHxmBuGXwXAMBdZ3AnECwDyzG2KOp79iAiViQ=\n"
            + "versions/001_init_default_upgrade.sql h1:DFRrXtvuL5//snIAi7GkSsChgvw75KnLcxQwpUIYbf4=\n";
        FuzzHarness.Run("sum", FuzzHarness.Mutations(new[] { seed }, SumFragments), text =>
        {
            File.WriteAllText(path, text, Lenient);
            var sum = SumFile.Load(path);
            Require(sum.Entries.All(e => e.Path.Length > 0 && e.Hash.StartsWith(ScriptHash.Prefix, StringComparison.Ordinal)), "an entry without path or hash");
            _ = sum.IsTotalValid;
        });
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException(what);
        }
    }

    private static T? Throws<T>(Action action)
        where T : Exception
    {
        try
        {
            action();
            return null;
        }
        catch (T e)
        {
            return e;
        }
    }
}
