using DbSync.Core.Sql;
using DbSync.Schema.Model;

namespace DbSync.Sqlite.Schema;

/// <summary>The SQLite spelling of schema parts: CREATE TABLE and CREATE INDEX statements, column definitions, defaults.</summary>
internal static class SqliteDdl
{
    private const string Indent = "    ";

    public static string CreateTable(TableSchema table) => CreateTable(table, table.Name);

    /// <summary>CREATE TABLE, one column or constraint per line; a one-column primary key is written on its column (so INTEGER PRIMARY KEY stays the rowid).</summary>
    public static string CreateTable(TableSchema table, string name)
    {
        bool inlineKey = table.PrimaryKey is { Columns.Count: 1 };
        var lines = new List<string>();
        foreach (ColumnSchema column in table.Columns)
        {
            bool isKey = inlineKey && string.Equals(table.PrimaryKey!.Columns[0], column.Name, StringComparison.OrdinalIgnoreCase);
            lines.Add(ColumnDefinition(column) + (isKey ? " PRIMARY KEY" + (column.IsAutoIncrement ? " AUTOINCREMENT" : string.Empty) : string.Empty));
        }

        if (table.PrimaryKey != null && !inlineKey)
        {
            lines.Add(Constraint(table.PrimaryKey.Name) + "PRIMARY KEY (" + SqliteIdentifiers.QuoteList(table.PrimaryKey.Columns) + ")");
        }

        foreach (UniqueConstraintSchema unique in table.UniqueConstraints)
        {
            lines.Add(Constraint(unique.Name) + "UNIQUE (" + SqliteIdentifiers.QuoteList(unique.Columns) + ")");
        }

        foreach (ForeignKeySchema key in table.ForeignKeys)
        {
            lines.Add(Constraint(key.Name) + "FOREIGN KEY (" + SqliteIdentifiers.QuoteList(key.Columns) + ") " + References(key));
        }

        foreach (CheckConstraintSchema check in table.CheckConstraints)
        {
            lines.Add(Constraint(check.Name) + "CHECK (" + check.Expression + ")");
        }

        return "CREATE TABLE " + SqliteIdentifiers.Quote(name) + " (\n" + Indent + string.Join(",\n" + Indent, lines) + "\n)" + Options(table.Options);
    }

    /// <summary>" WITHOUT ROWID", " STRICT", " STRICT, WITHOUT ROWID" or nothing: what follows the column list.</summary>
    private static string Options(TableOptions options)
    {
        var parts = new List<string>();
        if (options.Strict)
        {
            parts.Add("STRICT");
        }

        if (options.WithoutRowId)
        {
            parts.Add("WITHOUT ROWID");
        }

        return parts.Count == 0 ? string.Empty : " " + string.Join(", ", parts);
    }

    /// <summary>"name TYPE GENERATED ALWAYS AS (expr) STORED NOT NULL DEFAULT x COLLATE c", without key clauses.</summary>
    public static string ColumnDefinition(ColumnSchema column) =>
        SqliteIdentifiers.Quote(column.Name)
        + (column.Type.Length == 0 ? string.Empty : " " + column.Type)
        + (column.Generated == null ? string.Empty : " GENERATED ALWAYS AS (" + column.Generated.Expression + ")" + (column.Generated.IsStored ? " STORED" : " VIRTUAL"))
        + (column.IsNullable ? string.Empty : " NOT NULL")
        + (column.Default == null ? string.Empty : " DEFAULT " + DefaultValue(column.Default))
        + (column.Collation == null ? string.Empty : " COLLATE " + SqliteIdentifiers.Quote(column.Collation));

    public static string CreateIndex(string table, IndexSchema index) =>
        "CREATE " + (index.IsUnique ? "UNIQUE " : string.Empty) + "INDEX " + SqliteIdentifiers.Quote(index.Name) + " ON " + SqliteIdentifiers.Quote(table)
        + " (" + string.Join(", ", index.Columns.Select(c => (c.Name != null ? SqliteIdentifiers.Quote(c.Name) : c.Expression)
            + (c.Collation == null ? string.Empty : " COLLATE " + SqliteIdentifiers.Quote(c.Collation))
            + (c.IsDescending ? " DESC" : string.Empty))) + ")"
        + (index.Where == null ? string.Empty : " WHERE " + index.Where);

    /// <summary>A default as a DEFAULT clause (or a SELECT) takes it: literals as they are, any other expression in parentheses.</summary>
    public static string DefaultValue(string defaultSql) => IsLiteral(defaultSql, out _) ? defaultSql : "(" + defaultSql + ")";

    /// <summary>
    /// Whether ALTER TABLE ADD COLUMN accepts this default whatever rows the table holds: a literal, not CURRENT_TIME*
    /// and not an expression (https://www.sqlite.org/lang_altertable.html, "ALTER TABLE ADD COLUMN").
    /// </summary>
    public static bool IsConstantDefault(string? defaultSql) => defaultSql == null || (IsLiteral(defaultSql, out bool isTime) && !isTime);

    private static bool IsLiteral(string sql, out bool isTime)
    {
        List<SqlToken> tokens = SqlTokenReader.Tokenize(sql, SqlSyntax.Sqlite);
        isTime = tokens.Count == 1 && (tokens[0].IsWord("CURRENT_TIMESTAMP") || tokens[0].IsWord("CURRENT_DATE") || tokens[0].IsWord("CURRENT_TIME"));
        return tokens.Count switch
        {
            // DEFAULT "x" is the string 'x' to SQLite (no column is in scope), and not constant once in parentheses.
            1 => tokens[0].Kind is SqlTokenKind.String or SqlTokenKind.Number or SqlTokenKind.Word || (tokens[0].Kind == SqlTokenKind.QuotedName && tokens[0].Text.StartsWith('"')),
            2 => (tokens[0].IsSymbol("-") || tokens[0].IsSymbol("+")) && tokens[1].Kind == SqlTokenKind.Number,
            _ => false,
        };
    }

    private static string References(ForeignKeySchema key) =>
        "REFERENCES " + SqliteIdentifiers.Quote(key.ReferencedTable)
        + (key.ReferencedColumns.Count == 0 ? string.Empty : " (" + SqliteIdentifiers.QuoteList(key.ReferencedColumns) + ")")
        + (key.OnDelete == ReferentialAction.NoAction ? string.Empty : " ON DELETE " + key.OnDelete.ToSql())
        + (key.OnUpdate == ReferentialAction.NoAction ? string.Empty : " ON UPDATE " + key.OnUpdate.ToSql());

    private static string Constraint(string? name) => name == null ? string.Empty : "CONSTRAINT " + SqliteIdentifiers.Quote(name) + " ";

    /// <summary>Whether <paramref name="sql"/> names <paramref name="identifier"/> (as a word or quoted name), e.g. a trigger using a column.</summary>
    public static bool Mentions(string sql, string identifier) =>
        SqlTokenReader.Tokenize(sql, SqlSyntax.Sqlite).Any(t => t.IsName && string.Equals(t.Value, identifier, StringComparison.OrdinalIgnoreCase));
}
