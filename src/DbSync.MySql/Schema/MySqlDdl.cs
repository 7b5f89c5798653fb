using DbSync.Core.Sql;
using DbSync.Schema.Model;

namespace DbSync.MySql.Schema;

/// <summary>The MySQL spelling of schema parts: names in backticks, column definitions, keys, constraints.</summary>
internal static class MySqlDdl
{
    public static string Quote(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    public static string QuoteList(IEnumerable<string> names) => string.Join(", ", names.Select(Quote));

    /// <summary>
    /// "`name` TYPE CHARACTER SET cs COLLATE c NOT NULL DEFAULT x ON UPDATE y AUTO_INCREMENT COMMENT '...'"; NULL is written
    /// out, as TIMESTAMP columns need. A generated column has no default: "`name` TYPE GENERATED ALWAYS AS (expr) VIRTUAL"
    /// (MariaDB refuses NULL there, and NOT NULL too: that is written only where the model says so, for MySQL).
    /// </summary>
    public static string ColumnDefinition(ColumnSchema column) =>
        Quote(column.Name) + " " + column.Type
        + (column.CharacterSet == null ? string.Empty : " CHARACTER SET " + column.CharacterSet)
        + (column.Collation == null ? string.Empty : " COLLATE " + column.Collation)
        + (column.Generated != null
            ? " GENERATED ALWAYS AS (" + column.Generated.Expression + ")" + (column.Generated.IsStored ? " STORED" : " VIRTUAL") + (column.IsNullable ? string.Empty : " NOT NULL")
            : (column.IsNullable ? " NULL" : " NOT NULL")
              + (column.Default == null ? string.Empty : " DEFAULT " + DefaultValue(column.Default))
              + (column.OnUpdate == null ? string.Empty : " ON UPDATE " + column.OnUpdate)
              + (column.IsAutoIncrement ? " AUTO_INCREMENT" : string.Empty))
        + (column.Comment == null ? string.Empty : " COMMENT " + Literal(column.Comment));

    /// <summary>A string literal: quotes doubled, backslashes escaped (the default sql_mode reads them as escapes).</summary>
    public static string Literal(string value) =>
        "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Literals and time functions as they are, any other expression in parentheses (MySQL 8.0.13+, MariaDB 10.2+).</summary>
    public static string DefaultValue(string defaultSql)
    {
        List<SqlToken> tokens = SqlTokenReader.Tokenize(defaultSql, SqlSyntax.MySql);
        bool literal = tokens.Count switch
        {
            1 => tokens[0].Kind is SqlTokenKind.String or SqlTokenKind.Number or SqlTokenKind.Word,
            2 => (tokens[0].IsSymbol("-") || tokens[0].IsSymbol("+")) && tokens[1].Kind == SqlTokenKind.Number,
            _ => tokens.Count >= 3 && tokens[0].Kind == SqlTokenKind.Word && tokens[1].IsSymbol("(") && tokens[^1].IsSymbol(")")
                && (tokens[0].IsWord("current_timestamp") || tokens[0].IsWord("now") || tokens[0].IsWord("localtimestamp") || tokens[0].IsWord("localtime")),
        };
        return literal ? defaultSql : "(" + defaultSql + ")";
    }

    /// <summary>"`a`(10), `b` DESC": prefix lengths and descending keys as MySQL 8 and MariaDB 10.8+ keep them.</summary>
    public static string IndexColumns(IndexSchema index) =>
        string.Join(", ", index.Columns.Select(c => (c.Name != null ? Quote(c.Name) : c.Expression)
            + (c.Length is { } length ? "(" + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty)
            + (c.IsDescending ? " DESC" : string.Empty)));

    /// <summary>
    /// "INDEX `ix` (`a`, `b` DESC)", "UNIQUE INDEX ...", "FULLTEXT INDEX `ft` (`body`) WITH PARSER `ngram`", "SPATIAL INDEX ...",
    /// as CREATE TABLE and ALTER TABLE ADD take it; an invisible index is IGNORED (MariaDB 10.6+'s spelling).
    /// </summary>
    public static string IndexClause(IndexSchema index) =>
        index.Kind switch
        {
            IndexKind.FullText => "FULLTEXT INDEX ",
            IndexKind.Spatial => "SPATIAL INDEX ",
            _ => index.IsUnique ? "UNIQUE INDEX " : "INDEX ",
        }
        + Quote(index.Name) + " (" + IndexColumns(index) + ")"
        + (index.Parser == null ? string.Empty : " WITH PARSER " + Quote(index.Parser))
        + (index.IsInvisible ? " IGNORED" : string.Empty);

    /// <summary>
    /// The key with both actions written out: MariaDB stores an action left out as RESTRICT and an explicit NO ACTION
    /// as NO ACTION (MySQL 8 the other way round), so only the explicit spelling reads back as the model says.
    /// </summary>
    /// <summary>"`id`, `jid`(70)": the key's columns with their prefix lengths.</summary>
    public static string PrimaryKeyColumns(PrimaryKeySchema key) =>
        string.Join(", ", key.Columns.Select((c, i) => Quote(c) + (key.PrefixLength(i) is { } length ? "(" + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty)));

    public static string ForeignKeyClause(ForeignKeySchema key) =>
        (key.Name == null ? string.Empty : "CONSTRAINT " + Quote(key.Name) + " ")
        + "FOREIGN KEY (" + QuoteList(key.Columns) + ") REFERENCES " + Quote(key.ReferencedTable) + " (" + QuoteList(key.ReferencedColumns) + ")"
        + " ON DELETE " + key.OnDelete.ToSql() + " ON UPDATE " + key.OnUpdate.ToSql();

    public static string CheckClause(CheckConstraintSchema check) =>
        (check.Name == null ? string.Empty : "CONSTRAINT " + Quote(check.Name) + " ") + "CHECK (" + check.Expression + ")";

    /// <summary>CREATE TABLE with columns, key, indexes, checks, and the foreign keys <paramref name="inlineKey"/> accepts.</summary>
    public static string CreateTable(TableSchema table, Func<ForeignKeySchema, bool> inlineKey)
    {
        var lines = table.Columns.Select(ColumnDefinition).ToList();
        if (table.PrimaryKey != null)
        {
            lines.Add("PRIMARY KEY (" + PrimaryKeyColumns(table.PrimaryKey) + ")");
        }

        lines.AddRange(table.UniqueConstraints.Select(u => "UNIQUE " + (u.Name == null ? string.Empty : Quote(u.Name) + " ") + "(" + QuoteList(u.Columns) + ")"));
        lines.AddRange(table.Indexes.Select(IndexClause));
        lines.AddRange(table.ForeignKeys.Where(inlineKey).Select(ForeignKeyClause));
        lines.AddRange(table.CheckConstraints.Select(CheckClause));
        return "CREATE TABLE " + Quote(table.Name) + " (\n    " + string.Join(",\n    ", lines) + "\n)" + MySqlTableOptionsDdl.CreateOptions(table.Options);
    }
}
