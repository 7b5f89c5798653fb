using DbSync.Core.Sql;
using DbSync.Schema.Comparison;

namespace DbSync.MySql.Schema;

/// <summary>
/// MySQL and MariaDB report types in their own canonical spelling, which differs by server and version (int(11) on
/// MariaDB and MySQL 5.7, int on MySQL 8.0.19+): integer display widths (but tinyint(1), the boolean) and the
/// synonyms MySQL resolves itself (INTEGER, BOOL, NUMERIC, REAL...) do not count as changes.
/// </summary>
public sealed class MySqlSchemaNormalizer : SchemaNormalizer
{
    /// <summary>Type names the database treats alike.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["INTEGER"] = "INT",
        ["INT1"] = "TINYINT",
        ["INT2"] = "SMALLINT",
        ["INT3"] = "MEDIUMINT",
        ["MIDDLEINT"] = "MEDIUMINT",
        ["INT4"] = "INT",
        ["INT8"] = "BIGINT",
        ["DEC"] = "DECIMAL",
        ["NUMERIC"] = "DECIMAL",
        ["FIXED"] = "DECIMAL",
        ["REAL"] = "DOUBLE",
        ["DOUBLE PRECISION"] = "DOUBLE",
        ["FLOAT8"] = "DOUBLE",
        ["FLOAT4"] = "FLOAT",
        ["CHARACTER"] = "CHAR",
        ["CHARACTER VARYING"] = "VARCHAR",
        ["CHAR VARYING"] = "VARCHAR",
        ["NATIONAL CHAR"] = "CHAR",
        ["NCHAR"] = "CHAR",
        ["NATIONAL VARCHAR"] = "VARCHAR",
        ["NVARCHAR"] = "VARCHAR",
        ["LONG VARCHAR"] = "MEDIUMTEXT",
        ["LONG"] = "MEDIUMTEXT",
    };

    // After the tables it is built from: static fields initialise in order.
    public static readonly MySqlSchemaNormalizer Instance = new();

    private MySqlSchemaNormalizer()
        : base(SqlSyntax.MySql, Synonyms)
    {
    }

    private static readonly HashSet<string> IntegerTypes = new(StringComparer.Ordinal) { "TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT" };

    private static readonly HashSet<string> NumericTypes = new(StringComparer.Ordinal)
    {
        "TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT", "DECIMAL", "FLOAT", "DOUBLE", "BIT", "YEAR",
    };


    /// <summary>"int(11)" and "INTEGER" are "INT"; "bool" is "TINYINT(1)"; "numeric(10)" is "DECIMAL(10,0)"; "int(10) unsigned" is "INT UNSIGNED".</summary>
    public override string NormalizeType(string type)
    {
        List<SqlToken> tokens = SqlTokenReader.Tokenize(type, SqlSyntax.MySql);
        int open = tokens.FindIndex(t => t.IsSymbol("("));
        int close = open < 0 ? -1 : MatchingParenthesis(tokens, open);
        int nameEnd = open < 0 ? tokens.FindIndex(t => t.IsWord("UNSIGNED") || t.IsWord("SIGNED") || t.IsWord("ZEROFILL")) : open;
        nameEnd = nameEnd < 0 ? tokens.Count : nameEnd;

        string name = string.Join(" ", tokens.Take(nameEnd).Select(t => t.Value.ToUpperInvariant()));
        name = CanonicalTypeName(name);
        var arguments = open < 0 || close < 0
            ? []
            : tokens.Skip(open + 1).Take(close - open - 1).Where(t => !t.IsSymbol(",")).Select(t => t.Kind == SqlTokenKind.String ? t.Text : t.Text.ToUpperInvariant()).ToList();
        var modifiers = tokens.Skip(close >= 0 ? close + 1 : nameEnd).Select(t => t.Value.ToUpperInvariant()).Where(w => w != "SIGNED").ToList();
        if (name is "BOOL" or "BOOLEAN")
        {
            (name, arguments) = ("TINYINT", ["1"]);
        }
        else if (IntegerTypes.Contains(name) && !(name == "TINYINT" && arguments is ["1"]))
        {
            // Display widths mean nothing to the values (and MySQL 8 no longer shows them).
            arguments = [];
        }
        else if (name == "DECIMAL")
        {
            arguments = arguments.Count switch
            {
                0 => ["10", "0"],
                1 => [arguments[0], "0"],
                _ => arguments,
            };
        }
        else if (name is "CHAR" or "BINARY" or "BIT" && arguments.Count == 0)
        {
            arguments = ["1"];
        }

        if (modifiers.Contains("ZEROFILL") && !modifiers.Contains("UNSIGNED"))
        {
            modifiers.Insert(0, "UNSIGNED");
        }

        return name + (arguments.Count == 0 ? string.Empty : "(" + string.Join(",", arguments) + ")")
            + string.Concat(modifiers.Select(m => " " + m));
    }

    protected override bool IsNumericType(string type)
    {
        string normalized = NormalizeType(type);
        int end = normalized.IndexOfAny(['(', ' ']);
        return NumericTypes.Contains(end < 0 ? normalized : normalized[..end]);
    }

    /// <summary>
    /// A view, routine or event as compared. An event's <c>STARTS '...'</c> does not count: the server writes the time
    /// of creation there when none was given, so the model's scratch copy and the database would never agree.
    /// </summary>
    public override string NormalizeDefinition(string definition)
    {
        List<SqlToken> tokens = SqlTokenReader.Tokenize(definition, SqlSyntax.MySql);
        int @event = tokens.FindIndex(t => t.IsWord("EVENT"));
        if (@event >= 0 && tokens.Take(@event).All(t => t.Kind != SqlTokenKind.String) && tokens.FindIndex(t => t.IsWord("DO")) is var body and > 0)
        {
            for (int i = body - 2; i > @event; i--)
            {
                if (tokens[i].IsWord("STARTS") && tokens[i + 1].Kind == SqlTokenKind.String)
                {
                    tokens.RemoveRange(i, 2);
                }
            }
        }

        return Join(tokens);
    }

    /// <summary>MySQL prints foreign key names and numbers the unnamed ones (t_ibfk_1...): a name is part of the key.</summary>
    public override bool ForeignKeyNamesCount => true;

    public override string? NormalizeCollation(string? collation) =>
        string.IsNullOrEmpty(collation) ? null : collation.ToLowerInvariant();
}
