using System.Globalization;
using System.Text;

namespace DbSync.Testing.Schema.RoundTrip;

/// <summary>
/// A generated schema, written as SQL by its own small writer (not by DbSync's renderer, which is what is under test).
/// Mutable so the generator can derive the second schema of a pair from a copy of the first.
/// </summary>
public sealed class SchemaSpec
{
    public List<TableSpec> Tables { get; } = [];

    public TableSpec? Find(string name) => Tables.FirstOrDefault(t => t.Name == name);

    public SchemaSpec Clone()
    {
        var copy = new SchemaSpec();
        copy.Tables.AddRange(Tables.Select(t => t.Clone()));
        return copy;
    }

    public string ToSql(SqlFlavor flavor = SqlFlavor.Sqlite)
    {
        // On MySQL a foreign key may name a table created further down only with the checks off, as mysqldump writes it.
        var sql = new StringBuilder(flavor == SqlFlavor.MySql ? "SET FOREIGN_KEY_CHECKS = 0;\n" : string.Empty);
        foreach (TableSpec table in Tables)
        {
            table.WriteSql(sql, flavor);
        }

        return sql.ToString();
    }
}

public sealed class TableSpec
{
    public required string Name { get; init; }

    /// <summary>An entity table has "id INTEGER PRIMARY KEY" (the rowid), which others may reference; a link table has a composite key of text columns.</summary>
    public bool IsEntity { get; init; }

    public bool AutoIncrement { get; set; }
    public List<ColumnSpec> Columns { get; init; } = [];
    public List<string> PrimaryKey { get; set; } = [];
    public List<List<string>> Uniques { get; init; } = [];
    public List<IndexSpec> Indexes { get; init; } = [];
    public List<ForeignKeySpec> ForeignKeys { get; init; } = [];
    public List<string> CheckColumns { get; init; } = [];
    public List<(string Name, int Body)> Triggers { get; init; } = [];

    public ColumnSpec? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);

    public TableSpec Clone() => new()
    {
        Name = Name,
        IsEntity = IsEntity,
        AutoIncrement = AutoIncrement,
        Columns = Columns.Select(c => c with { }).ToList(),
        PrimaryKey = [.. PrimaryKey],
        Uniques = Uniques.Select(u => u.ToList()).ToList(),
        Indexes = Indexes.Select(i => i with { }).ToList(),
        ForeignKeys = ForeignKeys.Select(k => k with { }).ToList(),
        CheckColumns = [.. CheckColumns],
        Triggers = [.. Triggers],
    };

    /// <summary>Whether anything but the column itself uses <paramref name="column"/> (keys, constraints, indexes).</summary>
    public bool IsUsed(string column) =>
        PrimaryKey.Contains(column) || Uniques.Any(u => u.Contains(column)) || Indexes.Any(i => i.Column == column)
        || ForeignKeys.Any(k => k.Column == column) || CheckColumns.Contains(column);

    public void WriteSql(StringBuilder sql, SqlFlavor flavor)
    {
        bool mySql = flavor == SqlFlavor.MySql;
        var lines = new List<string>();
        if (IsEntity)
        {
            lines.Add(mySql
                ? "id INT NOT NULL" + (AutoIncrement ? " AUTO_INCREMENT" : string.Empty) + " PRIMARY KEY"
                : "id INTEGER PRIMARY KEY" + (AutoIncrement ? " AUTOINCREMENT" : string.Empty));
        }

        foreach (ColumnSpec column in Columns)
        {
            string collation = !column.NoCase ? string.Empty : mySql ? " COLLATE utf8mb4_bin" : " COLLATE NOCASE";
            lines.Add(column.Name + (column.Type.Length > 0 ? " " + column.Type : string.Empty) + (mySql ? collation : string.Empty)
                + (column.NotNull ? " NOT NULL" : string.Empty) + (column.Default != null ? " DEFAULT " + column.Default : string.Empty)
                + (mySql ? string.Empty : collation));
        }

        if (!IsEntity)
        {
            lines.Add("PRIMARY KEY (" + string.Join(", ", PrimaryKey) + ")");
        }

        lines.AddRange(Uniques.Select(u => "UNIQUE (" + string.Join(", ", u) + ")"));

        // MySQL names constraints for good: named here, as a careful schema author would, so a name never moves between them.
        lines.AddRange(ForeignKeys.Select(k => (mySql ? "CONSTRAINT fk_" + Name + "_" + k.Column + " " : string.Empty)
            + "FOREIGN KEY (" + k.Column + ") REFERENCES " + k.Parent + " (id)" + (k.OnDelete.Length > 0 ? " ON DELETE " + k.OnDelete : string.Empty)));
        lines.AddRange(CheckColumns.Select(c => (mySql ? "CONSTRAINT ck_" + Name + "_" + c + " " : string.Empty) + "CHECK (length(" + c + ") >= 1)"));
        sql.Append("CREATE TABLE ").Append(Name).Append(" (\n    ").Append(string.Join(",\n    ", lines)).Append("\n);\n");
        foreach (IndexSpec index in Indexes)
        {
            string key = index.Kind switch
            {
                IndexKind.Lower => "lower(" + index.Column + ")",
                IndexKind.Descending => index.Column + " DESC",
                _ => index.Column,
            };
            sql.Append("CREATE ").Append(index.Unique ? "UNIQUE " : string.Empty).Append("INDEX ").Append(index.Name).Append(" ON ").Append(Name)
                .Append(" (").Append(key).Append(')').Append(index.Kind == IndexKind.Partial ? " WHERE " + index.Column + " IS NOT NULL" : string.Empty).Append(";\n");
        }

        foreach (var (name, body) in Triggers)
        {
            sql.Append("CREATE TRIGGER ").Append(name).Append(" AFTER INSERT ON ").Append(Name)
                .Append(mySql ? " FOR EACH ROW SET @dbsync_trigger = " + body.ToString(CultureInfo.InvariantCulture) : " BEGIN SELECT " + body.ToString(CultureInfo.InvariantCulture) + "; END")
                .Append(";\n");
        }
    }
}

/// <summary>
/// A column. A reference column holds parent ids (1 to 3) so foreign keys can come and go on it. On MySQL a column
/// keeps to its family of types (<see cref="IsText"/> or numeric), so its values survive type changes.
/// </summary>
public sealed record ColumnSpec(string Name, string Type, bool NotNull, string? Default, bool NoCase, bool IsReference, bool IsText = true);

public enum IndexKind
{
    Plain,
    Descending,
    Lower,
    Partial,
}

public sealed record IndexSpec(string Name, string Column, bool Unique, IndexKind Kind);

public sealed record ForeignKeySpec(string Column, string Parent, string OnDelete);
