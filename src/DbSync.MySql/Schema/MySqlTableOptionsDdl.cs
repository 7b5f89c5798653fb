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
    /// The clauses, for the table's one ALTER TABLE, that take it from <paramref name="alter"/>'s options to its target
    /// ones (in the same statement as its column changes, so the server checks the end state: a MyISAM key limit, say).
    /// <paramref name="target"/> is the table as the model has it; <paramref name="rewritten"/> the columns the same
    /// statement redefines (they get the new character set through <see cref="InTableCharacterSet"/>).
    /// </summary>
    public static IEnumerable<string> Specifications(AlterTableOptions alter, TableSchema? target, IReadOnlySet<string> rewritten)
    {
        TableOptions from = alter.From;
        TableOptions to = alter.To;
        if (ChangesCharacterSet(alter))
        {
            yield return "DEFAULT CHARACTER SET " + (CharacterSet(to) ?? "DEFAULT") + (to.Collation == null ? string.Empty : " COLLATE " + to.Collation);
            foreach (ColumnSchema column in (target?.Columns ?? []).Where(c => !rewritten.Contains(c.Name)))
            {
                if (InTableCharacterSet(column, alter) is var converted && converted != column)
                {
                    yield return "MODIFY COLUMN " + MySqlDdl.ColumnDefinition(converted);
                }
            }
        }

        if (!Same(from.Engine, to.Engine) && to.Engine != null)
        {
            yield return "ENGINE=" + to.Engine;
        }

        if (!Same(from.RowFormat, to.RowFormat))
        {
            yield return "ROW_FORMAT=" + (to.RowFormat ?? "DEFAULT");
        }

        if (!string.Equals(from.Comment ?? string.Empty, to.Comment ?? string.Empty, StringComparison.Ordinal))
        {
            yield return "COMMENT=" + MySqlDdl.Literal(to.Comment ?? string.Empty);
        }
    }

    /// <summary>
    /// A text column that follows the table's character set, spelled with the new one explicitly when
    /// <paramref name="alter"/> changes it (so the column is converted too; it reads back as following the table).
    /// </summary>
    public static ColumnSchema InTableCharacterSet(ColumnSchema column, AlterTableOptions? alter) =>
        alter != null && ChangesCharacterSet(alter) && column.Collation == null && column.CharacterSet == null && column.Generated == null && IsText(column.Type)
            ? column with { CharacterSet = CharacterSet(alter.To), Collation = alter.To.Collation }
            : column;

    /// <summary>"ALTER TABLE t REMOVE PARTITIONING" or "ALTER TABLE t PARTITION BY ...", when the partitioning changes.</summary>
    public static string? Partitioning(AlterTableOptions alter) =>
        Same(alter.From.Partitioning, alter.To.Partitioning) ? null
            : "ALTER TABLE " + MySqlDdl.Quote(alter.Table) + (alter.To.Partitioning == null ? " REMOVE PARTITIONING" : "\nPARTITION BY " + alter.To.Partitioning);

    private static bool ChangesCharacterSet(AlterTableOptions alter) =>
        !Same(alter.From.CharacterSet, alter.To.CharacterSet) || !Same(alter.From.Collation, alter.To.Collation);

    private static string? CharacterSet(TableOptions options) => options.CharacterSet ?? options.Collation?.Split('_')[0];

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
