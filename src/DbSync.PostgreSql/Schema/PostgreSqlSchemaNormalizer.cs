using System.Text;
using DbSync.Core.Sql;
using DbSync.Schema.Comparison;

namespace DbSync.PostgreSql.Schema;

/// <summary>
/// PostgreSQL spells a type one way (format_type: "integer", "character varying(100)", "timestamp with time zone")
/// and accepts many (int4, varchar(100), timestamptz); defaults come back with casts ('x'::character varying). Those
/// spellings compare equal. Names are compared exactly: unquoted names are already folded to lower case, and
/// "Items" and items are two tables.
/// </summary>
public sealed class PostgreSqlSchemaNormalizer : SchemaNormalizer
{
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["int"] = "integer", ["int4"] = "integer", ["serial"] = "integer", ["serial4"] = "integer",
        ["int8"] = "bigint", ["bigserial"] = "bigint", ["serial8"] = "bigint",
        ["int2"] = "smallint", ["smallserial"] = "smallint", ["serial2"] = "smallint",
        ["varchar"] = "character varying", ["char varying"] = "character varying",
        ["char"] = "character", ["bpchar"] = "character",
        ["bool"] = "boolean",
        ["float8"] = "double precision", ["float"] = "double precision",
        ["float4"] = "real",
        ["decimal"] = "numeric",
        ["timestamptz"] = "timestamp with time zone",
        ["timestamp"] = "timestamp without time zone",
        ["timetz"] = "time with time zone",
        ["time"] = "time without time zone",
        ["varbit"] = "bit varying",
    };

    private static readonly HashSet<string> NumericTypes = new(StringComparer.Ordinal)
    {
        "integer", "bigint", "smallint", "numeric", "real", "double precision", "oid",
    };

    private static readonly HashSet<string> TypeWords = new(StringComparer.Ordinal)
    {
        "character", "varying", "double", "precision", "timestamp", "time", "with", "without", "zone", "bit",
    };

    // After the tables it is built from: static fields initialise in order.
    public static readonly PostgreSqlSchemaNormalizer Instance = new();

    private PostgreSqlSchemaNormalizer()
        : base(SqlSyntax.PostgreSql, Synonyms)
    {
    }

    /// <summary>"int4", "INTEGER" and "serial" are "integer"; "varchar(20)[]" is "character varying(20)[]"; "timestamptz(3)" is "timestamp(3) with time zone".</summary>
    public override string NormalizeType(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        List<SqlToken> tokens = SqlTokenReader.Tokenize(type, SqlSyntax.PostgreSql);
        var name = new List<string>();
        string arguments = string.Empty;
        int arrays = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            SqlToken token = tokens[i];
            if (token.IsSymbol("("))
            {
                int close = MatchingParenthesis(tokens, i);
                close = close < 0 ? tokens.Count - 1 : close;
                arguments = "(" + string.Join(",", tokens.Skip(i + 1).Take(close - i - 1).Where(t => !t.IsSymbol(",")).Select(t => t.Text.Trim())) + ")";
                i = close;
            }
            else if (token.IsSymbol("[") || token.IsWord("ARRAY"))
            {
                arrays += token.IsWord("ARRAY") ? 1 : 0;
            }
            else if (token.IsSymbol("]"))
            {
                arrays++;
            }
            else
            {
                name.Add(token.Kind == SqlTokenKind.QuotedName ? "\"" + token.Value + "\"" : token.Text.ToLowerInvariant());
            }
        }

        string baseName = string.Join(" ", name);
        if (baseName.StartsWith('_') && name.Count == 1)
        {
            // The catalog's name of an array type: _int4 is int4[].
            baseName = baseName[1..];
            arrays = Math.Max(arrays, 1);
        }

        baseName = CanonicalTypeName(baseName);
        if (baseName == "character" && arguments.Length == 0)
        {
            arguments = "(1)";
        }
        else if (baseName == "numeric" && arguments.Length > 0 && !arguments.Contains(',', StringComparison.Ordinal))
        {
            arguments = arguments[..^1] + ",0)";
        }
        else if (baseName == "double precision" && arguments.Length > 0)
        {
            // float(p): real up to 24 bits of precision, double precision above.
            baseName = int.TryParse(arguments.Trim('(', ')'), out int bits) && bits <= 24 ? "real" : baseName;
            arguments = string.Empty;
        }

        var text = new StringBuilder();
        int zone = baseName.IndexOf(" with", StringComparison.Ordinal);
        if (arguments.Length > 0 && zone > 0)
        {
            // The precision of a time type goes before its zone clause: timestamp(3) with time zone.
            text.Append(baseName[..zone]).Append(arguments).Append(baseName[zone..]);
        }
        else
        {
            text.Append(baseName).Append(arguments);
        }

        for (int i = 0; i < arrays; i++)
        {
            text.Append("[]");
        }

        return text.ToString();
    }

    protected override bool IsNumericType(string type)
    {
        string normalized = NormalizeType(type);
        int end = normalized.IndexOf('(', StringComparison.Ordinal);
        return NumericTypes.Contains(end < 0 ? normalized : normalized[..end]);
    }

    /// <summary>As the base, once the casts the server adds to literals ('general'::character varying) are gone.</summary>
    public override string? NormalizeDefault(string? defaultSql, string type) =>
        defaultSql == null ? null : base.NormalizeDefault(WithoutCasts(defaultSql), type);

    /// <summary>
    /// The server deparses an expression it was given in its own deparsed form differently ('a'::character varying
    /// becomes ('a'::character varying)::text inside ARRAY[...]): casts, parentheses around a single token and doubled
    /// parentheses do not count.
    /// </summary>
    public override string NormalizeExpression(string sql)
    {
        List<SqlToken> tokens = StripOuterParentheses(SqlTokenReader.Tokenize(WithoutCasts(sql), SqlSyntax.PostgreSql));
        for (int i = 0; i + 2 < tokens.Count; i++)
        {
            bool call = i > 0 && (tokens[i - 1].Kind is SqlTokenKind.Word or SqlTokenKind.QuotedName || tokens[i - 1].IsSymbol("]"));
            if (tokens[i].IsSymbol("(") && !call && tokens[i + 2].IsSymbol(")") && !tokens[i + 1].IsSymbol("(") && !tokens[i + 1].IsSymbol(")"))
            {
                tokens.RemoveAt(i + 2);
                tokens.RemoveAt(i);
                i = Math.Max(-1, i - 2);
            }
            else if (tokens[i].IsSymbol("(") && tokens[i + 1].IsSymbol("(")
                && MatchingParenthesis(tokens, i + 1) is var inner and > 0 && MatchingParenthesis(tokens, i) == inner + 1)
            {
                // ((x)) is (x).
                tokens.RemoveAt(inner);
                tokens.RemoveAt(i + 1);
                i = Math.Max(-1, i - 2);
            }
        }

        return Join(tokens);
    }

    /// <summary>Names are case-sensitive once the server has folded unquoted ones.</summary>
    public override bool SameName(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);

    /// <summary>"'x'::character varying" is "'x'": drops every ::type, including multi-word, parameterised and array types.</summary>
    public static string WithoutCasts(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        List<SqlToken> tokens = SqlTokenReader.Tokenize(sql, SqlSyntax.PostgreSql);
        if (!tokens.Any(t => t.IsSymbol("::")))
        {
            return sql;
        }

        var kept = new StringBuilder();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsSymbol("::"))
            {
                kept.Append(kept.Length == 0 ? string.Empty : " ").Append(tokens[i].Text);
                continue;
            }

            i++;
            while (i < tokens.Count && (tokens[i].Kind == SqlTokenKind.QuotedName || (tokens[i].Kind == SqlTokenKind.Word
                && (TypeWords.Contains(tokens[i].Text.ToLowerInvariant()) || (i > 0 && tokens[i - 1].IsSymbol("::")) || tokens[i - 1].IsSymbol(".")))
                || tokens[i].IsSymbol(".") || tokens[i].IsSymbol("[") || tokens[i].IsSymbol("]")))
            {
                i++;
            }

            if (i < tokens.Count && tokens[i].IsSymbol("("))
            {
                i = Math.Max(i, MatchingParenthesis(tokens, i));
            }
            else
            {
                i--;
            }
        }

        return kept.ToString();
    }
}
