using System.Globalization;
using DbSync.Schema.Model;
using DbSync.Sqlite.Schema;

namespace DbSync.Sqlite.Tests.Schema;

/// <summary>
/// Random SQLite schema models for the property test: tables with columns of varied types, nullability, defaults and
/// collations, generated columns, primary keys (rowid, composite, WITHOUT ROWID), STRICT tables, unique constraints,
/// CHECKs, foreign keys, indexes (partial, expression, collated, descending), triggers, views (some reading views)
/// and FTS5 tables. Every model is one SQLite accepts.
/// </summary>
internal sealed class SqliteModelGenerator(Random random)
{
    private static readonly string[] Types = ["INTEGER", "TEXT", "REAL", "BLOB", "NUMERIC", "VARCHAR(20)", "BOOLEAN", "DATETIME", ""];
    private static readonly string[] StrictTypes = ["INTEGER", "TEXT", "REAL", "BLOB", "ANY", "INT"];
    private static readonly string[] Collations = ["NOCASE", "RTRIM"];
    private static readonly ReferentialAction[] Actions = Enum.GetValues<ReferentialAction>();

    public DatabaseSchema Generate()
    {
        var tables = new List<TableSchema>();
        int tableCount = random.Next(1, 6);
        for (int t = 0; t < tableCount; t++)
        {
            tables.Add(Table(t, tables));
        }

        var views = new List<ViewSchema>();
        for (int v = 0; v < random.Next(0, 4); v++)
        {
            views.Add(View(v, tables, views));
        }

        var virtualTables = new List<VirtualTableSchema>();
        for (int f = 0; f < random.Next(0, 3); f++)
        {
            string name = "fts" + f.ToString(CultureInfo.InvariantCulture);
            string options = random.Next(3) == 0 ? ", tokenize = 'porter unicode61'" : string.Empty;
            virtualTables.Add(new VirtualTableSchema(name, "fts5", "CREATE VIRTUAL TABLE " + name + " USING fts5(title, body" + options + ")"));
        }

        return new DatabaseSchema(tables) { Views = views, VirtualTables = virtualTables };
    }

    private TableSchema Table(int index, IReadOnlyList<TableSchema> parents)
    {
        string name = Pick("t", "order", "my table") + index.ToString(CultureInfo.InvariantCulture);
        bool strict = random.Next(4) == 0;
        bool withoutRowId = random.Next(4) == 0;
        var columns = new List<ColumnSchema>();
        int columnCount = random.Next(2, 7);
        for (int c = 0; c < columnCount; c++)
        {
            columns.Add(Column(Pick("c", "value", "select") + c.ToString(CultureInfo.InvariantCulture), strict));
        }

        // Key: an INTEGER rowid key, a TEXT or composite key, or none (not for WITHOUT ROWID).
        PrimaryKeySchema? key = null;
        int keyKind = random.Next(withoutRowId ? 1 : 0, 4);
        if (keyKind == 1)
        {
            columns[0] = new ColumnSchema("id", "INTEGER", false);
            key = new PrimaryKeySchema(["id"]);
        }
        else if (keyKind == 2)
        {
            columns[0] = new ColumnSchema("code", "TEXT", false, Collation: random.Next(2) == 0 ? "NOCASE" : null);
            key = new PrimaryKeySchema(["code"]);
        }
        else if (keyKind == 3)
        {
            columns[0] = columns[0] with { IsNullable = false, Default = null };
            columns[1] = columns[1] with { IsNullable = false, Default = null };
            key = new PrimaryKeySchema([columns[0].Name, columns[1].Name]);
        }

        // A generated column over a plain column that is not part of the key.
        ColumnSchema? source = columns.Skip(key == null ? 0 : key.Columns.Count).FirstOrDefault();
        if (source != null && random.Next(3) == 0)
        {
            string expression = "length(" + SqliteIdentifiers.Quote(source.Name) + ") * 2";
            columns.Add(new ColumnSchema("computed", strict ? "INTEGER" : Pick("INTEGER", "INT", ""), random.Next(2) == 0,
                Generated: new GeneratedColumn(expression, IsStored: random.Next(2) == 0)));
        }

        var foreignKeys = new List<ForeignKeySchema>();
        var parent = parents.Where(p => p.PrimaryKey is { Columns.Count: 1 }).OrderBy(_ => random.Next()).FirstOrDefault();
        if (parent != null && random.Next(2) == 0)
        {
            ColumnSchema parentKey = parent.FindColumn(parent.PrimaryKey!.Columns[0])!;
            columns.Add(new ColumnSchema("parent_ref", parentKey.Type, true));
            foreignKeys.Add(new ForeignKeySchema(["parent_ref"], parent.Name, [parentKey.Name], Actions[random.Next(Actions.Length)], Actions[random.Next(Actions.Length)]));
        }

        var plain = columns.Where(c => c.Generated == null && (key == null || !key.Columns.Contains(c.Name))).ToList();
        var uniques = new List<UniqueConstraintSchema>();
        if (plain.Count > 0 && random.Next(3) == 0)
        {
            uniques.Add(new UniqueConstraintSchema([plain[random.Next(plain.Count)].Name]));
        }

        var checks = new List<CheckConstraintSchema>();
        if (plain.Count > 0 && random.Next(3) == 0)
        {
            checks.Add(new CheckConstraintSchema("length(" + SqliteIdentifiers.Quote(plain[0].Name) + ") < 100", random.Next(2) == 0 ? "ck_" + index.ToString(CultureInfo.InvariantCulture) : null));
        }

        var indexes = new List<IndexSchema>();
        for (int i = 0; i < random.Next(0, 3) && plain.Count > 0; i++)
        {
            indexes.Add(Index("ix_" + index.ToString(CultureInfo.InvariantCulture) + "_" + i.ToString(CultureInfo.InvariantCulture), plain));
        }

        var triggers = new List<TriggerSchema>();
        if (random.Next(3) == 0)
        {
            string trigger = "trg_" + index.ToString(CultureInfo.InvariantCulture);
            triggers.Add(new TriggerSchema(trigger, "CREATE TRIGGER " + trigger + " AFTER " + Pick("INSERT", "DELETE", "UPDATE") + " ON " + SqliteIdentifiers.Quote(name)
                + " BEGIN SELECT RAISE(IGNORE) WHERE 0; END"));
        }

        return new TableSchema(name, columns, key, uniques, indexes, foreignKeys, checks, triggers)
        {
            Options = TableOptions.None with { WithoutRowId = withoutRowId, Strict = strict },
        };
    }

    private ColumnSchema Column(string name, bool strict)
    {
        string type = strict ? StrictTypes[random.Next(StrictTypes.Length)] : Types[random.Next(Types.Length)];
        bool nullable = random.Next(3) != 0;
        string? collation = SqliteSchemaNormalizer.Affinity(type) == "TEXT" && random.Next(3) == 0 ? Collations[random.Next(Collations.Length)] : null;
        string? defaultSql = random.Next(4) switch
        {
            0 => null,
            1 => SqliteSchemaNormalizer.Affinity(type) is "TEXT" or "BLOB" ? "'x''y'" : "42",
            2 => "CURRENT_TIMESTAMP",
            _ => nullable ? null : "-1",
        };
        return new ColumnSchema(name, type, nullable, defaultSql, Collation: collation);
    }

    private IndexSchema Index(string name, IReadOnlyList<ColumnSchema> columns)
    {
        var keys = new List<IndexColumn>();
        foreach (ColumnSchema column in columns.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
        {
            keys.Add(random.Next(4) == 0
                ? IndexColumn.OfExpression("lower(" + SqliteIdentifiers.Quote(column.Name) + ")") with { IsDescending = random.Next(2) == 0 }
                : new IndexColumn(column.Name, IsDescending: random.Next(3) == 0, Collation: KeyCollation(column)));
        }

        string? where = random.Next(3) == 0 ? SqliteIdentifiers.Quote(columns[0].Name) + " IS NOT NULL" : null;
        return new IndexSchema(name, keys, IsUnique: random.Next(4) == 0, where);
    }

    /// <summary>A key's own collation, or null: never the column's own (the key inherits that; the model holds only a different one).</summary>
    private string? KeyCollation(ColumnSchema column)
    {
        string? collation = random.Next(3) == 0 ? Collations[random.Next(Collations.Length)] : null;
        return string.Equals(collation, column.Collation, StringComparison.OrdinalIgnoreCase) ? null : collation;
    }

    private ViewSchema View(int index, IReadOnlyList<TableSchema> tables, IReadOnlyList<ViewSchema> views)
    {
        string name = "v" + index.ToString(CultureInfo.InvariantCulture);
        if (views.Count > 0 && random.Next(3) == 0)
        {
            return new ViewSchema(name, "CREATE VIEW " + name + " AS SELECT count(*) AS n FROM " + views[random.Next(views.Count)].Name);
        }

        TableSchema table = tables[random.Next(tables.Count)];
        string columns = string.Join(", ", table.Columns.Take(2).Select(c => SqliteIdentifiers.Quote(c.Name)));
        return new ViewSchema(name, "CREATE VIEW " + name + " AS SELECT " + columns + " FROM " + SqliteIdentifiers.Quote(table.Name) + (random.Next(2) == 0 ? " WHERE 1 = 1" : string.Empty));
    }

    private string Pick(params string[] choices) => choices[random.Next(choices.Length)];
}
