using DbSync.Core.Sql;
using DbSync.Schema.Comparison;
using DbSync.Schema.Model;

namespace DbSync.Sqlite.Schema;

/// <summary>
/// Reads the parts of CREATE TABLE and CREATE INDEX statements (as sqlite_master keeps them) that no pragma reports.
/// The statements were accepted by SQLite, so the reading can be simple: top-level items split on commas.
/// </summary>
internal static class SqliteDefinitionParser
{
    public static SqliteTableDefinition ParseTable(string sql)
    {
        List<SqlToken> tokens = SqlTokenReader.Tokenize(sql, SqlSyntax.Sqlite);
        var columns = new Dictionary<string, SqliteColumnDefinition>(StringComparer.OrdinalIgnoreCase);
        var checks = new List<CheckConstraintSchema>();
        int open = tokens.FindIndex(t => t.IsSymbol("("));
        int close = open < 0 ? -1 : SchemaNormalizer.MatchingParenthesis(tokens, open);
        if (open < 0 || close < 0)
        {
            return new SqliteTableDefinition(columns, checks, TableOptions.None);
        }

        // After the column list: "WITHOUT ROWID", "STRICT", or both, comma-separated (https://www.sqlite.org/lang_createtable.html).
        var options = TableOptions.None with
        {
            WithoutRowId = tokens.Skip(close + 1).Any(t => t.IsWord("WITHOUT")),
            Strict = tokens.Skip(close + 1).Any(t => t.IsWord("STRICT")),
        };
        foreach (List<SqlToken> item in SplitItems(tokens, open + 1, close))
        {
            int at = 0;
            string? constraintName = null;
            if (item[0].IsWord("CONSTRAINT") && item.Count > 1)
            {
                constraintName = item[1].Value;
                at = 2;
            }

            if (at < item.Count && (item[at].IsWord("PRIMARY") || item[at].IsWord("UNIQUE") || item[at].IsWord("FOREIGN") || item[at].IsWord("CHECK")))
            {
                if (item[at].IsWord("CHECK"))
                {
                    AddCheck(sql, item, at, constraintName, checks);
                }

                continue;
            }

            ReadColumn(sql, item, columns, checks);
        }

        return new SqliteTableDefinition(columns, checks, options);
    }

    /// <summary>The key expressions (in order, without ASC/DESC/COLLATE) and the WHERE clause of a CREATE INDEX statement.</summary>
    public static (IReadOnlyList<string> Keys, string? Where) ParseIndex(string sql)
    {
        List<SqlToken> tokens = SqlTokenReader.Tokenize(sql, SqlSyntax.Sqlite);
        int on = tokens.FindIndex(t => t.IsWord("ON"));
        int open = on < 0 ? -1 : tokens.FindIndex(on, t => t.IsSymbol("("));
        int close = open < 0 ? -1 : SchemaNormalizer.MatchingParenthesis(tokens, open);
        if (close < 0)
        {
            return ([], null);
        }

        var keys = new List<string>();
        foreach (List<SqlToken> item in SplitItems(tokens, open + 1, close))
        {
            int end = item.Count;
            while (end > 0 && (item[end - 1].IsWord("ASC") || item[end - 1].IsWord("DESC")))
            {
                end--;
            }

            if (end >= 2 && item[end - 2].IsWord("COLLATE"))
            {
                end -= 2;
            }

            keys.Add(end == 0 ? string.Empty : sql[item[0].Start..item[end - 1].End]);
        }

        int where = tokens.FindIndex(close, t => t.IsWord("WHERE"));
        string? condition = where < 0 || where + 1 >= tokens.Count ? null : sql[tokens[where + 1].Start..tokens[^1].End];
        return (keys, condition);
    }

    private static void ReadColumn(string sql, List<SqlToken> item, Dictionary<string, SqliteColumnDefinition> columns, List<CheckConstraintSchema> checks)
    {
        string? collation = null;
        bool autoIncrement = false;
        GeneratedColumn? generated = null;
        string? constraintName = null;
        for (int i = 1; i < item.Count; i++)
        {
            SqlToken token = item[i];
            if (token.IsWord("CONSTRAINT") && i + 1 < item.Count)
            {
                constraintName = item[++i].Value;
            }
            else if (token.IsWord("CHECK"))
            {
                i = AddCheck(sql, item, i, constraintName, checks);
                constraintName = null;
            }
            else if (token.IsWord("COLLATE") && i + 1 < item.Count)
            {
                collation = item[++i].Value;
            }
            else if (token.IsWord("AUTOINCREMENT"))
            {
                autoIncrement = true;
            }
            else if (token.IsWord("AS") && i + 1 < item.Count && item[i + 1].IsSymbol("("))
            {
                // [GENERATED ALWAYS] AS (expr) [VIRTUAL | STORED]; VIRTUAL is the default.
                int close = SchemaNormalizer.MatchingParenthesis(item, i + 1);
                if (close > i + 2)
                {
                    bool stored = close + 1 < item.Count && item[close + 1].IsWord("STORED");
                    generated = new GeneratedColumn(sql[item[i + 2].Start..item[close - 1].End], stored);
                    i = close;
                }
            }
            else if (token.IsSymbol("("))
            {
                // A type's arguments or a DEFAULT (expression): nothing to read inside.
                i = Math.Max(i, SchemaNormalizer.MatchingParenthesis(item, i));
            }
        }

        columns[item[0].Value] = new SqliteColumnDefinition(collation, autoIncrement, generated);
    }

    /// <summary>Adds the CHECK at <paramref name="check"/>; returns the index of its closing parenthesis.</summary>
    private static int AddCheck(string sql, List<SqlToken> item, int check, string? name, List<CheckConstraintSchema> checks)
    {
        int open = check + 1;
        int close = open < item.Count && item[open].IsSymbol("(") ? SchemaNormalizer.MatchingParenthesis(item, open) : -1;
        if (close > open + 1)
        {
            checks.Add(new CheckConstraintSchema(sql[item[open + 1].Start..item[close - 1].End], name));
            return close;
        }

        return check;
    }

    /// <summary>The comma-separated items between <paramref name="start"/> and <paramref name="end"/> (exclusive), at depth 0.</summary>
    private static List<List<SqlToken>> SplitItems(List<SqlToken> tokens, int start, int end)
    {
        var items = new List<List<SqlToken>>();
        var current = new List<SqlToken>();
        int depth = 0;
        for (int i = start; i < end; i++)
        {
            SqlToken token = tokens[i];
            if (token.IsSymbol("("))
            {
                depth++;
            }
            else if (token.IsSymbol(")"))
            {
                depth--;
            }
            else if (token.IsSymbol(",") && depth == 0)
            {
                if (current.Count > 0)
                {
                    items.Add(current);
                }

                current = [];
                continue;
            }

            current.Add(token);
        }

        if (current.Count > 0)
        {
            items.Add(current);
        }

        return items;
    }
}
