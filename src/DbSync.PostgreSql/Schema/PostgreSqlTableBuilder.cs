using DbSync.Schema.Model;

namespace DbSync.PostgreSql.Schema;

/// <summary>One table's rows from the catalog queries, gathered into a <see cref="TableSchema"/>.</summary>
internal sealed class PostgreSqlTableBuilder(string name)
{
    private readonly List<ColumnSchema> _columns = [];
    private readonly List<UniqueConstraintSchema> _uniques = [];
    private readonly List<ForeignKeySchema> _foreignKeys = [];
    private readonly List<CheckConstraintSchema> _checks = [];
    private readonly List<(string Name, bool Unique, string Method, List<IndexColumn> Keys, List<string> Include, string? Where)> _indexes = [];
    private PrimaryKeySchema? _primaryKey;

    public string Name { get; } = name;

    public List<TriggerSchema> Triggers { get; } = [];

    /// <summary>COMMENT ON TABLE, null when none.</summary>
    public string? Comment { get; init; }

    /// <summary>A column; <paramref name="expression"/> is its default, or its expression when it is a (stored) generated column.</summary>
    public void AddColumn(string column, string type, bool nullable, string? expression, string identity, bool generated, string? collation, bool serial, string? comment) =>
        _columns.Add(new ColumnSchema(column, type, nullable, serial || generated ? null : expression, serial || identity.Length > 0, collation, null,
            identity switch { "a" => IdentityGeneration.Always, "d" => IdentityGeneration.ByDefault, _ => null },
            generated && expression != null ? new GeneratedColumn(expression, IsStored: true) : null, comment));

    public void AddConstraint(string constraint, char type, string[] columns, string definition, string? referencedTable, string[] referencedColumns,
        string? onUpdate, string? onDelete, bool deferrable, string? matchType, bool validated, bool referencedHere, List<string> unmodelled)
    {
        if (!validated)
        {
            unmodelled.Add("constraint " + constraint + " on " + Name + " is NOT VALID (not checked against existing rows)");
        }

        switch (type)
        {
            case 'p':
                _primaryKey = new PrimaryKeySchema(columns, constraint);
                break;
            case 'u':
                if (definition.Contains("NULLS NOT DISTINCT", StringComparison.Ordinal))
                {
                    unmodelled.Add("unique constraint " + constraint + " on " + Name + " is NULLS NOT DISTINCT");
                }

                _uniques.Add(new UniqueConstraintSchema(columns, constraint));
                break;
            case 'c':
                _checks.Add(new CheckConstraintSchema(CheckExpression(definition), constraint));
                break;
            case 'f':
                if (deferrable || matchType == "f" || !referencedHere)
                {
                    unmodelled.Add("foreign key " + constraint + " on " + Name + (deferrable ? " is DEFERRABLE" : matchType == "f" ? " is MATCH FULL" : " references a table in another schema")
                        + (referencedHere ? " (compared without that)" : string.Empty));
                }

                if (referencedHere)
                {
                    _foreignKeys.Add(new ForeignKeySchema(columns, referencedTable!, referencedColumns, Action(onDelete), Action(onUpdate), constraint));
                }

                break;
            default:
                unmodelled.Add("exclusion constraint " + constraint + " on " + Name);
                break;
        }
    }

    public void AddIndexColumn(string index, bool unique, string method, short keyColumns, int position, string? column, string expression,
        bool descending, bool nullsFirst, bool defaultOperatorClass, string? where, bool nullsNotDistinct, string? collation, List<string> unmodelled)
    {
        if (_indexes.Count == 0 || _indexes[^1].Name != index)
        {
            _indexes.Add((index, unique, method, [], [], where));
            if (nullsNotDistinct)
            {
                unmodelled.Add("index " + index + " on " + Name + " is NULLS NOT DISTINCT");
            }
        }

        var current = _indexes[^1];
        if (position > keyColumns)
        {
            current.Include.Add(column ?? expression);
            return;
        }

        // The default NULLS order goes with the direction (NULLS LAST ascending, NULLS FIRST descending).
        if (nullsFirst != descending || !defaultOperatorClass)
        {
            unmodelled.Add("index " + index + " on " + Name + ": key " + position + " (" + expression + ") has "
                + (!defaultOperatorClass ? "a non-default operator class" : nullsFirst ? "NULLS FIRST" : "NULLS LAST") + ", compared without it");
        }

        current.Keys.Add(column != null ? new IndexColumn(column, null, descending, Collation: collation) : new IndexColumn(null, expression, descending, Collation: collation));
    }

    public TableSchema Build() =>
        new(Name, _columns, _primaryKey, _uniques, _indexes.Select(i => new IndexSchema(i.Name, i.Keys, i.Unique, i.Where,
            i.Method == "btree" ? null : i.Method, i.Include.Count == 0 ? null : i.Include)).ToList(), _foreignKeys, _checks, Triggers)
        {
            Options = Comment == null ? TableOptions.None : TableOptions.None with { Comment = Comment },
        };

    /// <summary>"CHECK ((qty > 0)) NOT VALID" is "(qty > 0)", written back as CHECK ((qty > 0)).</summary>
    private static string CheckExpression(string definition)
    {
        string text = definition.StartsWith("CHECK ", StringComparison.Ordinal) ? definition["CHECK ".Length..] : definition;
        text = text.EndsWith(" NOT VALID", StringComparison.Ordinal) ? text[..^" NOT VALID".Length] : text;
        var tokens = DbSync.Core.Sql.SqlTokenReader.Tokenize(text, DbSync.Core.Sql.SqlSyntax.PostgreSql);

        // The parentheses CHECK (...) itself needs: the renderer writes them again.
        return tokens.Count > 2 && tokens[0].IsSymbol("(") && DbSync.Schema.Comparison.SchemaNormalizer.MatchingParenthesis(tokens, 0) == tokens.Count - 1
            ? text[(tokens[0].End)..tokens[^1].Start].Trim()
            : text;
    }

    /// <summary>pg_constraint's one-letter actions: a no action, r restrict, c cascade, n set null, d set default.</summary>
    private static ReferentialAction Action(string? code) => code switch
    {
        "r" => ReferentialAction.Restrict,
        "c" => ReferentialAction.Cascade,
        "n" => ReferentialAction.SetNull,
        "d" => ReferentialAction.SetDefault,
        _ => ReferentialAction.NoAction,
    };
}
