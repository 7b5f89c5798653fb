using DbSync.Core.Ini;

namespace DbSync.Core.Tests.Ini;

public sealed class IniParserTests
{
    [Fact]
    public void Sections_keys_comments_and_both_separators_are_read_with_their_lines()
    {
        var ini = IniParser.Parse("# top\n[db_settings]\nrepository_id = heat\n; note\nversion_table: migrate_version\n\n[Database]\nConnection=sqlite://\n", "x.cfg", stripQuotes: false);

        Assert.Equal("heat", ini.Get("db_settings", "repository_id")!.Value);
        Assert.Equal(3, ini.Get("db_settings", "repository_id")!.Line);
        Assert.Equal("migrate_version", ini.Get("db_settings", "version_table")!.Value);
        Assert.Equal("sqlite://", ini.Get("database", "connection")!.Value);
        Assert.Equal("x.cfg line 8", ini.Get("database", "connection")!.Location);
    }

    [Fact]
    public void Indented_lines_continue_the_previous_value_and_later_keys_win()
    {
        var ini = IniParser.Parse("[s]\nlist = a\n  b\n\tc\nkey = first\nkey = second\n", "x.cfg", stripQuotes: false);

        Assert.Equal("a\nb\nc", ini.Get("s", "list")!.Value);
        Assert.Equal("second", ini.Get("s", "key")!.Value);
        Assert.Equal(6, ini.Get("s", "key")!.Line);
    }

    [Theory]
    [InlineData("'quoted'", true, "quoted")]
    [InlineData("\"quoted\"", true, "quoted")]
    [InlineData("'quoted'", false, "'quoted'")]
    [InlineData("'mismatched\"", true, "'mismatched\"")]
    public void Quotes_are_stripped_only_in_oslo_mode(string raw, bool strip, string expected)
    {
        var ini = IniParser.Parse("[s]\nk = " + raw + "\n", "x.conf", strip);

        Assert.Equal(expected, ini.Get("s", "k")!.Value);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_endings_are_accepted()
    {
        var ini = IniParser.Parse("\uFEFF[s]\r\nk = v\r\n", "x.conf", stripQuotes: false);

        Assert.Equal("v", ini.Get("s", "k")!.Value);
    }

    [Theory]
    [InlineData("key = value\n", 1, "appears before any [section] header")]
    [InlineData("[s]\njust words\n", 2, "expected 'key = value'")]
    [InlineData("[s]\n= value\n", 2, "expected 'key = value'")]
    [InlineData("[s\nk = v\n", 1, "malformed section header")]
    [InlineData("[]\n", 1, "malformed section header")]
    public void Malformed_lines_name_the_file_and_line(string text, int line, string reason)
    {
        var error = Assert.Throws<IniFormatException>(() => IniParser.Parse(text, "bad.conf", stripQuotes: true));

        Assert.Equal(line, error.Line);
        Assert.Equal("bad.conf", error.File);
        Assert.Contains(reason, error.Message);
        Assert.StartsWith("bad.conf(" + line + ",1): error DBS100: ", error.ToDiagnosticString());
    }

    [Fact]
    public void A_malformed_line_is_never_echoed_because_it_may_hold_a_password()
    {
        var error = Assert.Throws<IniFormatException>(() => IniParser.Parse("[database]\nconnection mysql hunter2\n", "bad.conf", stripQuotes: true));

        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public void Random_text_either_parses_or_fails_with_an_ini_format_error()
    {
        var random = new Random(20261121);
        string alphabet = "[]=:;# \t\nabcXYZ019'\"\r\\";
        for (int i = 0; i < 5000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (int j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            string text = new(chars);
            try
            {
                IniParser.Parse(text, "fuzz.conf", stripQuotes: i % 2 == 0);
            }
            catch (IniFormatException e)
            {
                Assert.True(e.Line >= 1, "iteration " + i + ": line " + e.Line + " for " + text);
            }
        }
    }
}
