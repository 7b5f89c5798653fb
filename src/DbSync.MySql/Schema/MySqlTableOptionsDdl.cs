using System.Globalization;
using DbSync.Schema.Model;
using DbSync.Schema.Operations;

namespace DbSync.MySql.Schema;

/// <summary>
/// Table options in MySQL's spelling: after CREATE TABLE's parenthesis, and as the ALTER TABLE statements of an
/// <see cref="AlterTableOptions"/>. A new default character set or collation also converts the text columns that
/// follow the table's (written with the new one explicitly, where CONVERT TO would also widen TEXT to MEDIUMTEXT).
/// </summary>
internal static class MySqlTableOptionsDdl
{
    private static readonly HashSet<string> TextTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "CHAR", "VARCHAR", "TINYTEXT", "TEXT", "MEDIUMTEXT", "LONGTEXT", "ENUM", "SET",
    };

    /// <summary>" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin ROW_FORMAT=DYNAMIC COMMENT='...' AUTO_INCREMENT=5\nPARTITION BY ...".</summary>
    public static string CreateOptions(TableOptions options)
    {
        var parts = new List<string>();
        AddIf(parts, "ENGINE=", options.Engine);
        AddIf(parts, "DEFAULT CHARSET=", options.CharacterSet);
        AddIf(parts, "COLLATE=", options.Collation);
        AddIf(parts, "ROW_FORMAT=", options.RowFormat);
        AddIf(parts, "COMMENT=", options.Comment == null ? null : MySqlDdl.Literal(options.Comment));
        AddIf(parts, "AUTO_INCREMENT=", options.AutoIncrement?.ToString(CultureInfo.InvariantCulture));
        return (parts.Count == 0 ? string.Empty : " " + string.Join(" ", parts))
            + (options.Partitioning == null ? string.Empty : "\nPARTITION BY " + options.Partitioning);
    }

    /// <summary>
    /// The statements that take <paramref name="table"/> from <paramref name="alter"/>'s options to its target ones.
    /// <paramref name="target"/> is the table as the model has it; <paramref name="rewritten"/> the columns the
    /// table's own ALTER TABLE redefines afterwards (they take the new default there).
    /// </summary>
    public static IEnumerable<string> Alter(AlterTableOptions alter, TableSchema? target, IReadOnlySet<string> rewritten)
    {
        TableOptions from = alter.From;
        TableOptions to = alter.To;
        string table = MySqlDdl.Quote(alter.Table);
        var specifications = new List<string>();
        if (!Same(from.CharacterSet, to.CharacterSet) || !Same(from.Collation, to.Collation))
        {
            string? characterSet = to.CharacterSet ?? to.Collation?.Split('_')[0];
            specifications.Add("DEFAULT CHARACTER SET " + (characterSet ?? "DEFAULT") + (to.Collation == null ? string.Empty : " COLLATE " + to.Collation));
            foreach (ColumnSchema column in (target?.Columns ?? []).Where(c => c.Collation == null && c.CharacterSet == null && c.Generated == null
                && IsText(c.Type) && !rewritten.Contains(c.Name)))
            {
                specifications.Add("MODIFY COLUMN " + MySqlDdl.ColumnDefinition(column with { CharacterSet = characterSet, Collation = to.Collation }));
            }
        }

        if (!Same(from.Engine, to.Engine) && to.Engine != null)
        {
            specifications.Add("ENGINE=" + to.Engine);
        }

        if (!Same(from.RowFormat, to.RowFormat))
        {
            specifications.Add("ROW_FORMAT=" + (to.RowFormat ?? "DEFAULT"));
        }

        if (!string.Equals(from.Comment ?? string.Empty, to.Comment ?? string.Empty, StringComparison.Ordinal))
        {
            specifications.Add("COMMENT=" + MySqlDdl.Literal(to.Comment ?? string.Empty));
        }

        if (specifications.Count > 0)
        {
            yield return "ALTER TABLE " + table + "\n    " + string.Join(",\n    ", specifications);
        }

        if (!Same(from.Partitioning, to.Partitioning))
        {
            yield return "ALTER TABLE " + table + (to.Partitioning == null ? " REMOVE PARTITIONING" : "\nPARTITION BY " + to.Partitioning);
        }
    }

    private static bool IsText(string type)
    {
        int end = type.IndexOfAny(['(', ' ']);
        return TextTypes.Contains(end < 0 ? type : type[..end]);
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static void AddIf(List<string> parts, string name, string? value)
    {
        if (value != null)
        {
            parts.Add(name + value);
        }
    }
}
