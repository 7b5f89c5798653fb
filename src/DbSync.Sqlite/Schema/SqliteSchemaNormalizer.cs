using System.Text;
using DbSync.Core.Sql;
using DbSync.Schema.Comparison;

namespace DbSync.Sqlite.Schema;

/// <summary>
/// SQLite keeps a column's type as declared, so only spelling is normalised: case, spaces, and the synonyms SQLite
/// itself treats alike (INT and INTEGER). Whether a default is a number follows SQLite's type affinity rules.
/// </summary>
public sealed class SqliteSchemaNormalizer : SchemaNormalizer
{
    /// <summary>Type names the database treats alike.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["INT"] = "INTEGER",
        ["BOOL"] = "BOOLEAN",
        ["CHARACTER VARYING"] = "VARCHAR",
        ["DOUBLE PRECISION"] = "DOUBLE",
    };

    // After the tables it is built from: static fields initialise in order.
    public static readonly SqliteSchemaNormalizer Instance = new();

    private SqliteSchemaNormalizer()
        : base(SqlSyntax.Sqlite, Synonyms)
    {
    }

    /// <summary>"varchar ( 64 )" is "VARCHAR(64)", "numeric(10, 2)" is "NUMERIC(10,2)", "int" is "INTEGER".</summary>
    public override string NormalizeType(string type)
    {
        var words = new StringBuilder();
        var rest = new StringBuilder();
        bool inArguments = false;
        foreach (SqlToken token in SqlTokenReader.Tokenize(type, SqlSyntax.Sqlite))
        {
            if (token.IsSymbol("("))
            {
                inArguments = true;
            }

            StringBuilder target = inArguments ? rest : words;
            bool separate = target.Length > 0 && token.Kind is SqlTokenKind.Word or SqlTokenKind.Number
                && (char.IsLetterOrDigit(target[^1]) || target[^1] == '_');
            if (separate)
            {
                target.Append(' ');
            }

            target.Append(token.Kind == SqlTokenKind.String ? token.Text : token.Value.ToUpperInvariant());
        }

        string name = words.ToString();
        return CanonicalTypeName(name) + rest;
    }

    /// <summary>The BINARY collation is the default.</summary>
    public override string? NormalizeCollation(string? collation) =>
        string.IsNullOrEmpty(collation) || collation.Equals("BINARY", StringComparison.OrdinalIgnoreCase) ? null : collation.ToUpperInvariant();

    /// <summary>SQLite's affinity rules (https://www.sqlite.org/datatype3.html 3.1): only TEXT and BLOB affinity keep '0' a string.</summary>
    protected override bool IsNumericType(string type) => Affinity(type) is not ("TEXT" or "BLOB");

    public static string Affinity(string type)
    {
        string upper = type.ToUpperInvariant();
        if (upper.Contains("INT", StringComparison.Ordinal))
        {
            return "INTEGER";
        }

        if (upper.Contains("CHAR", StringComparison.Ordinal) || upper.Contains("CLOB", StringComparison.Ordinal) || upper.Contains("TEXT", StringComparison.Ordinal))
        {
            return "TEXT";
        }

        if (upper.Length == 0 || upper.Contains("BLOB", StringComparison.Ordinal))
        {
            return "BLOB";
        }

        if (upper.Contains("REAL", StringComparison.Ordinal) || upper.Contains("FLOA", StringComparison.Ordinal) || upper.Contains("DOUB", StringComparison.Ordinal))
        {
            return "REAL";
        }

        return "NUMERIC";
    }
}
