using System.Globalization;
using System.Text;
using DbSync.Core.Sql;
using DbSync.Schema.Model;

namespace DbSync.Schema.Comparison;

/// <summary>
/// Decides when two spellings of a type, default or expression mean the same to one database, so the comparer reports
/// real changes only: <c>INT</c> and <c>int(11)</c> on MySQL, <c>'x'</c> and <c>x</c>, <c>CURRENT_TIMESTAMP</c> and
/// <c>current_timestamp()</c>. Each method returns a canonical text; equal texts mean equal values.
/// </summary>
public abstract class SchemaNormalizer
{
    private readonly IReadOnlyDictionary<string, string> _typeSynonyms;

    /// <param name="syntax">The lexical rules of the dialect's SQL.</param>
    /// <param name="typeSynonyms">Type names the database treats alike, upper case, mapped to the one spelling compared.</param>
    protected SchemaNormalizer(SqlSyntax syntax, IReadOnlyDictionary<string, string> typeSynonyms)
    {
        Syntax = syntax;
        _typeSynonyms = typeSynonyms;
    }

    /// <summary>The lexical rules of the dialect's SQL.</summary>
    protected SqlSyntax Syntax { get; }

    /// <summary>The one spelling of an upper-case type name (INTEGER for INT on SQLite, INT for INTEGER on MySQL).</summary>
    protected string CanonicalTypeName(string name) => _typeSynonyms.TryGetValue(name, out string? canonical) ? canonical : name;

    /// <summary>The canonical spelling of a column type, e.g. "VARCHAR(64)" for "varchar( 64 )".</summary>
    public abstract string NormalizeType(string type);

    /// <summary>Whether a value stored in a column of <paramref name="type"/> becomes a number, so '0' and 0 are the same default.</summary>
    protected abstract bool IsNumericType(string type);

    /// <summary>The canonical spelling of a collation, null for the database's default one.</summary>
    public virtual string? NormalizeCollation(string? collation) =>
        string.IsNullOrEmpty(collation) ? null : collation.ToUpperInvariant();

    /// <summary>
    /// The canonical form of a column default: null for none (or NULL), a quoted string, a number, a time function
    /// or a normalised expression.
    /// </summary>
    public virtual string? NormalizeDefault(string? defaultSql, string type)
    {
        if (defaultSql == null)
        {
            return null;
        }

        List<SqlToken> tokens = StripOuterParentheses(SqlTokenReader.Tokenize(defaultSql, Syntax));
        if (tokens.Count == 0 || (tokens.Count == 1 && tokens[0].IsWord("NULL")))
        {
            return null;
        }

        bool numeric = IsNumericType(type);
        string? literal = Literal(tokens);
        if (literal != null)
        {
            return numeric && TryNumber(literal, out string number) ? number : "'" + literal.Replace("'", "''", StringComparison.Ordinal) + "'";
        }

        string? signed = SignedNumber(tokens);
        if (signed != null)
        {
            return numeric ? signed : "'" + signed + "'";
        }

        string? time = TimeFunction(tokens);
        return time ?? Join(tokens);
    }

    /// <summary>The canonical text of an expression (CHECK, index WHERE, expression index key): case, quotes, spaces and outer parentheses do not count.</summary>
    public virtual string NormalizeExpression(string sql) => Join(StripOuterParentheses(SqlTokenReader.Tokenize(sql, Syntax)));

    /// <summary>The canonical text of a whole CREATE TRIGGER statement.</summary>
    public virtual string NormalizeTrigger(string definition) => Join(SqlTokenReader.Tokenize(definition, Syntax));

    /// <summary>The canonical text of a whole CREATE VIEW / PROCEDURE / FUNCTION / EVENT / VIRTUAL TABLE statement.</summary>
    public virtual string NormalizeDefinition(string definition) => Join(SqlTokenReader.Tokenize(definition, Syntax));

    /// <summary>
    /// The options of a table as they are compared: the start value of AUTO_INCREMENT never counts (it moves with every
    /// insert); a dialect drops what its databases spell several ways. Equal results mean no change.
    /// </summary>
    public virtual TableOptions NormalizeTableOptions(TableOptions options) => options with
    {
        Engine = options.Engine?.ToUpperInvariant(),
        CharacterSet = options.CharacterSet?.ToLowerInvariant(),
        Collation = NormalizeCollation(options.Collation),
        RowFormat = options.RowFormat?.ToUpperInvariant(),
        AutoIncrement = null,
        Partitioning = options.Partitioning == null ? null : NormalizeExpression(options.Partitioning),
    };

    /// <summary>
    /// Whether a foreign key's name is part of what is compared (MySQL, where SHOW CREATE TABLE prints it and numbered
    /// names such as t_ibfk_5 move between versions: matching by definition alone would keep a key under a name the
    /// model gives another). False by default: a key is matched by its columns, target and actions.
    /// </summary>
    public virtual bool ForeignKeyNamesCount => false;

    /// <summary>Whether two names are the same identifier (columns, indexes, tables); case-insensitive by default.</summary>
    public virtual bool SameName(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Tokens joined with single spaces; words and names lower-cased, strings re-quoted with '.</summary>
    protected static string Join(IReadOnlyList<SqlToken> tokens)
    {
        var text = new StringBuilder();
        foreach (SqlToken token in tokens)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(token.Kind switch
            {
                SqlTokenKind.Word or SqlTokenKind.QuotedName => token.Value.ToLowerInvariant(),
                SqlTokenKind.String when token.Text.StartsWith('\'') || token.Text.StartsWith('"') => "'" + token.Value.Replace("'", "''", StringComparison.Ordinal) + "'",
                _ => token.Text.ToLowerInvariant(),
            });
        }

        return text.ToString();
    }

    /// <summary>"((a > 0))" reads as "a > 0": drops parentheses that enclose the whole expression.</summary>
    protected static List<SqlToken> StripOuterParentheses(List<SqlToken> tokens)
    {
        while (tokens.Count >= 2 && tokens[0].IsSymbol("(") && tokens[^1].IsSymbol(")") && MatchingParenthesis(tokens, 0) == tokens.Count - 1)
        {
            tokens = tokens.GetRange(1, tokens.Count - 2);
        }

        return tokens;
    }

    /// <summary>The index of the ")" closing the "(" at <paramref name="open"/>, or -1.</summary>
    public static int MatchingParenthesis(IReadOnlyList<SqlToken> tokens, int open)
    {
        int depth = 0;
        for (int i = open; i < tokens.Count; i++)
        {
            if (tokens[i].IsSymbol("("))
            {
                depth++;
            }
            else if (tokens[i].IsSymbol(")") && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The value of a lone string literal, or of a lone bare word that is not a keyword (both databases read DEFAULT x as the string 'x').</summary>
    protected virtual string? Literal(IReadOnlyList<SqlToken> tokens)
    {
        if (tokens.Count != 1)
        {
            return null;
        }

        SqlToken token = tokens[0];
        if (token.Kind == SqlTokenKind.String && !token.Text.StartsWith("x", StringComparison.OrdinalIgnoreCase) && !token.Text.StartsWith("b", StringComparison.OrdinalIgnoreCase))
        {
            return token.Value;
        }

        return token.Kind == SqlTokenKind.Word && !IsValueKeyword(token.Text) ? token.Text : null;
    }

    private static bool IsValueKeyword(string word) => word.ToUpperInvariant() is "TRUE" or "FALSE" or "NULL"
        or "CURRENT_TIMESTAMP" or "CURRENT_DATE" or "CURRENT_TIME" or "LOCALTIME" or "LOCALTIMESTAMP";

    /// <summary>A number, possibly signed, or TRUE/FALSE, in canonical form ("0.00" and "0" are both "0").</summary>
    private static string? SignedNumber(IReadOnlyList<SqlToken> tokens)
    {
        if (tokens.Count == 1 && (tokens[0].IsWord("TRUE") || tokens[0].IsWord("FALSE")))
        {
            return tokens[0].IsWord("TRUE") ? "1" : "0";
        }

        string sign = string.Empty;
        int at = 0;
        if (tokens.Count == 2 && (tokens[0].IsSymbol("-") || tokens[0].IsSymbol("+")))
        {
            sign = tokens[0].Text == "-" ? "-" : string.Empty;
            at = 1;
        }

        if (tokens.Count != at + 1 || tokens[at].Kind != SqlTokenKind.Number)
        {
            return null;
        }

        return TryNumber(sign + tokens[at].Text, out string number) ? number : (sign + tokens[at].Text).ToLowerInvariant();
    }

    private static bool TryNumber(string text, out string canonical)
    {
        if (decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
        {
            canonical = value.ToString("G29", CultureInfo.InvariantCulture);
            return true;
        }

        canonical = text;
        return false;
    }

    /// <summary>CURRENT_TIMESTAMP, current_timestamp(), now(), localtimestamp... as one canonical name.</summary>
    private static string? TimeFunction(IReadOnlyList<SqlToken> tokens)
    {
        if (tokens.Count == 0 || tokens[0].Kind != SqlTokenKind.Word)
        {
            return null;
        }

        string precision;
        if (tokens.Count == 1 || (tokens.Count == 3 && tokens[1].IsSymbol("(") && tokens[2].IsSymbol(")")))
        {
            precision = string.Empty;
        }
        else if (tokens.Count == 4 && tokens[1].IsSymbol("(") && tokens[2].Kind == SqlTokenKind.Number && tokens[3].IsSymbol(")"))
        {
            // Precision 0 is the default: current_timestamp(0) is current_timestamp.
            precision = tokens[2].Text == "0" ? string.Empty : "(" + tokens[2].Text + ")";
        }
        else
        {
            return null;
        }

        bool call = tokens.Count > 1;
        return tokens[0].Text.ToUpperInvariant() switch
        {
            "CURRENT_TIMESTAMP" or "LOCALTIMESTAMP" or "LOCALTIME" => "current_timestamp" + precision,
            "NOW" when call => "current_timestamp" + precision,
            "CURRENT_DATE" => "current_date",
            "CURDATE" when call => "current_date",
            "CURRENT_TIME" => "current_time" + precision,
            "CURTIME" when call => "current_time" + precision,
            _ => null,
        };
    }
}
