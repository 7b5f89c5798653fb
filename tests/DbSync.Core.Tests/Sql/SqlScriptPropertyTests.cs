using System;
using System.Linq;
using System.Text;
using DbSync.Core.Sql;

namespace DbSync.Core.Tests.Sql;

/// <summary>Randomized scripts: the splitter must be lossless and stable whatever users write.</summary>
public class SqlScriptPropertyTests
{
    private const int Iterations = 2000;
    private const int BaseSeed = 6_2024;

    private static readonly string[] Words =
    {
        "SELECT", "insert", "INTO", "VALUES", "FROM", "WHERE", "CASE", "when", "THEN", "ELSE", "END", "BEGIN", "IF", "LOOP",
        "CREATE", "TABLE", "TRIGGER", "PROCEDURE", "COMMIT", "ROLLBACK", "TRANSACTION", "x", "t1", "col_2", "42", "1e3",
        "NEW.end", "@begin", "$1", "naïve",
    };

    private static readonly string[] Punctuation = { "(", ")", ",", "=", "+", "-", "*", "/", ".", "@", ":", "?", "!", "<>", "||", "$", "1--1", "%" };

    private static readonly string[] Whitespace = { " ", " ", " ", "\t", "\n", "\n", "\r\n", "\r\n", "  " };

    // Chars that stress quoting when they appear inside strings and comments.
    private static readonly string[] Nasty = { ";", ";", "'", "\"", "`", "--", "/*", "*", "#", "\n", "\r\n", "$$", "//", "]", "[", "\\", "a", "b", " ", "END", "BEGIN", "é" };

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public void Random_scripts_without_directives_round_trip(string dialect)
    {
        var syntax = SqlSyntax.FromName(dialect)!;
        for (var i = 0; i < Iterations; i++)
        {
            var seed = BaseSeed + i;
            var script = new ScriptGenerator(new Random(seed), syntax, directives: false).Generate();
            var failure = Run(script, syntax, checkRejoin: true);
            Assert.True(failure == null, $"seed {seed} ({syntax}): {failure}\n--- script ---\n{script}");
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public void Random_scripts_with_delimiter_directives_keep_invariants(string dialect)
    {
        var syntax = SqlSyntax.FromName(dialect)!;
        for (var i = 0; i < Iterations; i++)
        {
            var seed = BaseSeed + 100_000 + i;
            var script = new ScriptGenerator(new Random(seed), syntax, directives: true).Generate();
            var failure = Run(script, syntax, checkRejoin: false);
            Assert.True(failure == null, $"seed {seed} ({syntax}): {failure}\n--- script ---\n{script}");
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public void Random_characters_only_ever_raise_sql_syntax_exception(string dialect)
    {
        var syntax = SqlSyntax.FromName(dialect)!;
        const string Specials = ";;;''\"\"``[]--##//**!+M\\\\\r\n\n\n $ DELIMITER BEGIN END CASE CREATE TRIGGER ";
        for (var i = 0; i < Iterations; i++)
        {
            var seed = BaseSeed + 200_000 + i;
            var random = new Random(seed);
            var chars = new char[random.Next(0, 200)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(4) switch
                {
                    0 => (char)random.Next(0, 0x20),
                    1 => (char)random.Next(0x20, 0x7f),
                    2 => "\u00a0\u0085\ufeff\u2028é\u00ff"[random.Next(6)],
                    _ => Specials[random.Next(Specials.Length)],
                };
            }

            var script = new string(chars);
            string? failure;
            try
            {
                failure = Run(script, syntax, checkRejoin: false);
            }
            catch (SqlSyntaxException e)
            {
                var lines = script.Count(c => c == '\n') + 1;
                failure = e.Line >= 1 && e.Line <= lines ? null : $"exception line {e.Line} outside 1..{lines}";
            }
            catch (Exception e)
            {
                failure = e.ToString();
            }

            Assert.True(failure == null, $"seed {seed} ({syntax}): {failure}\n--- script ---\n{Escape(script)}");
        }
    }

    private static string? Run(string script, SqlSyntax syntax, bool checkRejoin)
    {
        var parsed = SqlScriptParser.Parse(script, syntax);
        var failure = ScriptInvariants.Check(script, parsed);
        if (failure != null || !checkRejoin)
        {
            return failure;
        }

        // (e) Statements re-joined with the delimiter split back into themselves. The delimiter
        // goes on its own line so that a trailing "--" comment cannot swallow it.
        var texts = parsed.Statements.Select(s => s.Text).ToArray();
        var rejoined = string.Join("\n;\n", texts);
        var again = SqlScriptParser.Parse(rejoined, syntax).Statements.Select(s => s.Text).ToArray();
        if (!texts.SequenceEqual(again))
        {
            return $"re-joined statements split differently:\n[{string.Join("]\n[", again)}]\nexpected\n[{string.Join("]\n[", texts)}]";
        }

        return null;
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < ' ' && c != '\n' ? $"\\x{(int)c:x2}" : c.ToString()));

    private sealed class ScriptGenerator
    {
        private readonly Random _random;
        private readonly SqlSyntax _syntax;
        private readonly bool _directives;
        private readonly StringBuilder _sb = new();
        private string _delimiter = ";";

        public ScriptGenerator(Random random, SqlSyntax syntax, bool directives)
        {
            _random = random;
            _syntax = syntax;
            _directives = directives;
        }

        private bool MySql => _syntax == SqlSyntax.MySql;

        public string Generate()
        {
            var items = _random.Next(0, 12);
            for (var i = 0; i < items; i++)
            {
                switch (_random.Next(10))
                {
                    case 0:
                        Trivia();
                        break;
                    case 1:
                        _sb.Append(_delimiter);
                        break;
                    case 2:
                        Compound();
                        Terminate();
                        break;
                    case 3 when _directives:
                        _delimiter = Pick(";", "$$", "//", ";;", "@@");
                        _sb.Append('\n').Append(Pick("", "  ", "\t")).Append(Pick("DELIMITER", "delimiter")).Append(' ').Append(_delimiter).Append(Pick("\n", "\r\n", " -- x\n"));
                        break;
                    case 4:
                        _sb.Append(Pick("BEGIN", "COMMIT", "END", "ROLLBACK", "BEGIN IMMEDIATE TRANSACTION", "START TRANSACTION", "ROLLBACK TO sp"));
                        Terminate();
                        break;
                    default:
                        Statement();
                        Terminate();
                        break;
                }

                if (_random.Next(3) == 0)
                {
                    Trivia();
                }
            }

            return _sb.ToString();
        }

        private void Terminate()
        {
            if (_random.Next(8) != 0)
            {
                if (_random.Next(3) == 0)
                {
                    Space();
                }

                _sb.Append(_delimiter);
            }
        }

        private void Statement()
        {
            var tokens = _random.Next(1, 10);
            for (var t = 0; t < tokens; t++)
            {
                // "-" "-" or "/" "*" side by side would start a comment the generator did not mean.
                if (t > 0 && (_random.Next(4) != 0 || _sb[^1] is '-' or '/' or '*'))
                {
                    Space();
                }

                Token();
            }
        }

        private void Token()
        {
            switch (_random.Next(12))
            {
                case 0:
                    Quoted('\'', MySql);
                    break;
                case 1:
                    Quoted('"', MySql);
                    break;
                case 2:
                    Quoted('`', false);
                    break;
                case 3 when !MySql:
                    _sb.Append('[').Append(Content(c => !c.Contains(']'))).Append(']');
                    break;
                case 4:
                    Comment();
                    break;
                case 5 when MySql:
                    _sb.Append(Pick("/*!40101 ", "/*!50003 ", "/*M!100100 ", "/*+ ")).Append(Content(c => !c.Contains('*'))).Append(" */");
                    break;
                case 6:
                    var punctuation = Pick(Punctuation);
                    _sb.Append(punctuation == "1--1" && !MySql ? "1-1" : punctuation);
                    break;
                default:
                    _sb.Append(Pick(Words));
                    break;
            }
        }

        // A well-formed trigger/procedure body with delimiters, nesting and CASE inside.
        private void Compound()
        {
            _sb.Append(MySql
                ? Pick("CREATE PROCEDURE p()", "CREATE DEFINER=`root`@`%` FUNCTION f() RETURNS INT", "create trigger t before insert on a for each row")
                : Pick("CREATE TRIGGER t AFTER INSERT ON a", "create temp trigger if not exists t before delete on a for each row when 1"));
            Space();
            Body(depth: 0);
        }

        private void Body(int depth)
        {
            _sb.Append(Pick("BEGIN", "begin"));
            var statements = _random.Next(0, 4);
            for (var s = 0; s < statements; s++)
            {
                Space();
                switch (_random.Next(MySql && depth < 2 ? 6 : 3))
                {
                    case 0:
                        _sb.Append("SELECT CASE WHEN ");
                        Token();
                        _sb.Append(" THEN ");
                        Token();
                        _sb.Append(" ELSE 'x;' END");
                        break;
                    case 3:
                        Body(depth + 1);
                        break;
                    case 4:
                        _sb.Append("IF x THEN SELECT 1; ELSE ");
                        Statement();
                        _sb.Append("; END IF");
                        break;
                    case 5:
                        _sb.Append("CASE x WHEN 1 THEN SELECT 1; ELSE SELECT CASE WHEN 1 THEN 2 END; END CASE");
                        break;
                    default:
                        // Avoid END/BEGIN/CASE words here: a stray one legitimately changes the nesting.
                        _sb.Append(Pick("SELECT", "UPDATE t SET", "DELETE FROM t WHERE"));
                        Space();
                        Quoted('\'', MySql);
                        break;
                }

                _sb.Append(';');
            }

            Space();
            _sb.Append(Pick("END", "end"));
        }

        private void Quoted(char quote, bool backslashEscapes)
        {
            _sb.Append(quote);
            var parts = _random.Next(0, 6);
            for (var p = 0; p < parts; p++)
            {
                var part = Pick(Nasty);
                if (part[0] == quote)
                {
                    part = new string(quote, 2);
                }
                else if (part == "\\")
                {
                    // A MySQL backslash always escapes the next char, so give it one.
                    part = backslashEscapes ? "\\" + Pick("\\", quote.ToString(), "n", ";") : "\\";
                }

                _sb.Append(part);
            }

            if (_sb[^1] == '\\' && !backslashEscapes && quote == '`' && _syntax == SqlSyntax.MySql)
            {
                _sb.Append('x');
            }

            _sb.Append(quote);
        }

        private void Comment()
        {
            switch (_random.Next(MySql ? 3 : 2))
            {
                case 0:
                    _sb.Append("/*").Append(Content(c => !c.Contains('*') && !c.Contains('/'))).Append("*/");
                    break;
                case 1:
                    _sb.Append("-- ").Append(Content(c => !c.Contains('\n'))).Append('\n');
                    break;
                default:
                    _sb.Append('#').Append(Content(c => !c.Contains('\n'))).Append('\n');
                    break;
            }
        }

        private void Trivia()
        {
            Space();
            if (_random.Next(2) == 0)
            {
                Comment();
            }
        }

        private void Space() => _sb.Append(Pick(Whitespace));

        private string Content(Func<string, bool> allowed)
        {
            var sb = new StringBuilder();
            var parts = _random.Next(0, 6);
            for (var p = 0; p < parts; p++)
            {
                var part = Pick(Nasty);
                if (allowed(part))
                {
                    sb.Append(part);
                }
            }

            return sb.ToString();
        }

        private string Pick(params string[] options) => options[_random.Next(options.Length)];
    }
}
