namespace DbSync.Testing.Schema.RoundTrip;

/// <summary>
/// Generates a schema A and, from a copy of it, a schema B a few random changes away: tables, columns, types,
/// nullability, defaults, collations, keys, unique constraints, indexes, foreign keys, checks and triggers. Changes
/// are kept to those the rows of A can survive both ways (as a developer's model changes would be): a NOT NULL column
/// is added with a default, a unique constraint goes on columns whose values differ, a dropped table is one nothing references.
/// </summary>
public sealed class RandomSchemaGenerator(Random random, SqlFlavor flavor = SqlFlavor.Sqlite)
{
    private static readonly string[] SqliteTypes = ["INTEGER", "INT", "TEXT", "VARCHAR(20)", "VARCHAR(40)", "NUMERIC(10, 2)", "REAL", "BOOLEAN", "TIMESTAMP", "BLOB", ""];
    private static readonly string[] SqliteKeyTypes = ["TEXT", "VARCHAR(20)", "VARCHAR(40)", "CHAR(8)"];
    private static readonly string?[] SqliteDefaults = [null, null, "''", "'x'", "0", "-1", "1.5", "CURRENT_TIMESTAMP", "(lower('A'))", "TRUE"];
    private static readonly string[] MySqlNumericTypes = ["INT", "BIGINT", "DECIMAL(10,2)", "DOUBLE"];
    private static readonly string[] MySqlTextTypes = ["VARCHAR(40)", "VARCHAR(60)"];
    private static readonly string?[] MySqlNumericDefaults = [null, null, "0", "-1", "7"];
    private static readonly string?[] MySqlTextDefaults = [null, null, "''", "'x'"];
    private static readonly string[] Actions = ["", "CASCADE", "SET NULL", "RESTRICT", "NO ACTION"];

    private bool MySql => flavor == SqlFlavor.MySql;

    private string ReferenceType => MySql ? "INT" : "INTEGER";

    private string[] KeyTypes => MySql ? MySqlTextTypes : SqliteKeyTypes;

    /// <summary>The types a column may have (and change between): on MySQL, those of its family, so its values convert.</summary>
    private string[] TypesFor(bool text) => !MySql ? SqliteTypes : text ? MySqlTextTypes : MySqlNumericTypes;

    private string?[] DefaultsFor(bool text) => !MySql ? SqliteDefaults : text ? MySqlTextDefaults : MySqlNumericDefaults;

    private int _counter;

    public SchemaSpec Generate()
    {
        var schema = new SchemaSpec();
        int tables = random.Next(1, 6);
        for (int i = 0; i < tables; i++)
        {
            schema.Tables.Add(NewTable(schema));
        }

        return schema;
    }

    public SchemaSpec Mutate(SchemaSpec a)
    {
        SchemaSpec b = a.Clone();
        int changes = random.Next(1, 5);
        for (int applied = 0, attempts = 0; applied < changes && attempts < 50; attempts++)
        {
            if (TryMutate(a, b))
            {
                applied++;
            }
        }

        return b;
    }

    private TableSpec NewTable(SchemaSpec schema)
    {
        bool entity = random.Next(4) > 0;
        var table = new TableSpec { Name = "t" + Next(), IsEntity = entity, AutoIncrement = entity && random.Next(4) == 0 };
        if (!entity)
        {
            for (int i = 0; i < 2; i++)
            {
                table.Columns.Add(new ColumnSpec("k" + Next(), Pick(KeyTypes), true, null, false, false));
            }

            table.PrimaryKey = table.Columns.Select(c => c.Name).ToList();
        }

        int columns = random.Next(1, 5);
        for (int i = 0; i < columns; i++)
        {
            table.Columns.Add(NewColumn(original: true));
        }

        var parents = schema.Tables.Where(t => t.IsEntity).Select(t => t.Name).ToList();
        if (entity)
        {
            parents.Add(table.Name);
        }

        if (parents.Count > 0 && random.Next(2) == 0)
        {
            var reference = new ColumnSpec("r" + Next(), ReferenceType, false, null, false, true, false);
            table.Columns.Add(reference);
            table.ForeignKeys.Add(new ForeignKeySpec(reference.Name, Pick(parents), Pick(Actions)));
        }

        // Constraints, indexes and triggers on a fresh table may use any column: every row of A has distinct, non-null values.
        for (int i = random.Next(0, 3); i > 0; i--)
        {
            AddRandomConstraint(table, table.Columns.Select(c => c.Name).ToList());
        }

        return table;
    }

    /// <summary>A new column: one added to an existing table must be nullable or have a default, for the rows already there.</summary>
    private ColumnSpec NewColumn(bool original)
    {
        bool text = random.Next(2) == 0;
        string? value = Pick(DefaultsFor(text));
        bool notNull = random.Next(3) == 0 && (original || value != null);
        return new ColumnSpec("c" + Next(), Pick(TypesFor(text)), notNull, value, random.Next(6) == 0 && (text || !MySql), false, text);
    }

    private IndexKind RandomIndexKind() => (IndexKind)random.Next(MySql ? 2 : 4);

    private void AddRandomConstraint(TableSpec table, List<string> distinctColumns)
    {
        if (distinctColumns.Count == 0)
        {
            return;
        }

        string column = Pick(distinctColumns);
        switch (random.Next(5))
        {
            case 0:
                table.Uniques.Add(random.Next(2) == 0 || distinctColumns.Count < 2 ? [column] : distinctColumns.OrderBy(_ => random.Next()).Take(2).ToList());
                break;
            case 1:
                table.Indexes.Add(new IndexSpec("ix_" + Next(), column, random.Next(2) == 0, RandomIndexKind()));
                break;
            case 2:
                // MariaDB refuses a CHECK on a column a foreign key's ON DELETE action may change.
                if (!table.CheckColumns.Contains(column) && !(MySql && table.Column(column)?.IsReference == true))
                {
                    table.CheckColumns.Add(column);
                }

                break;
            case 3:
                table.Triggers.Add(("trg_" + Next(), random.Next(1, 4)));
                break;
            default:
                table.Indexes.Add(new IndexSpec("ix_" + Next(), Pick(table.Columns).Name, false, RandomIndexKind()));
                break;
        }
    }

    private bool TryMutate(SchemaSpec a, SchemaSpec b)
    {
        TableSpec table = Pick(b.Tables);
        TableSpec? before = a.Find(table.Name);

        // Columns holding A's distinct values (all columns of a table A does not have).
        var original = table.Columns.Where(c => before == null || before.Column(c.Name) != null).Select(c => c.Name).ToList();
        switch (random.Next(20))
        {
            case 0:
                b.Tables.Add(NewTable(b));
                return true;
            case 1:
                {
                    bool referenced = b.Tables.Concat(a.Tables).Any(t => t.Name != table.Name && t.ForeignKeys.Any(k => k.Parent == table.Name));
                    if (referenced || b.Tables.Count == 1)
                    {
                        return false;
                    }

                    b.Tables.Remove(table);
                    return true;
                }

            case 2:
                table.Columns.Add(NewColumn(original: before == null));
                return true;
            case 3:
                {
                    ColumnSpec? column = Droppable(table, before);
                    if (column == null)
                    {
                        return false;
                    }

                    table.Columns.Remove(column);
                    table.Uniques.RemoveAll(u => u.Contains(column.Name));
                    table.Indexes.RemoveAll(i => i.Column == column.Name);
                    table.ForeignKeys.RemoveAll(k => k.Column == column.Name);
                    table.CheckColumns.Remove(column.Name);
                    return true;
                }

            case 4:
            case 5:
                return Replace(table, c => !c.IsReference && !table.PrimaryKey.Contains(c.Name), c => c with { Type = Pick(TypesFor(c.IsText).Where(t => t != c.Type).ToArray()) });
            case 6:
                // References stay nullable: a NOT NULL reference under ON DELETE RESTRICT cannot be cleared to drop its table (a documented limit).
                return Replace(table, c => original.Contains(c.Name) && !c.IsReference, c => c with { NotNull = !c.NotNull });
            case 7:
            case 8:
                return Replace(table, c => original.Contains(c.Name), c => c with { Default = Pick(DefaultsFor(c.IsText).Where(d => d != c.Default).ToArray()) });
            case 9:
                return Replace(table, c => c.IsText || !MySql, c => c with { NoCase = !c.NoCase });
            case 10:
                AddRandomConstraint(table, original);
                return true;
            case 11:
                return RemoveOne(table.Indexes) || RemoveOne(table.Uniques) || RemoveOne(table.CheckColumns);
            case 12:
                return RemoveOne(table.Triggers) || RemoveOne(table.ForeignKeys);
            case 13:
                {
                    if (table.Triggers.Count == 0)
                    {
                        return false;
                    }

                    int at = random.Next(table.Triggers.Count);
                    table.Triggers[at] = (table.Triggers[at].Name, table.Triggers[at].Body + 1);
                    return true;
                }

            case 14:
            case 15:
                {
                    // A parent A has, whose ids 1 to 3 the reference values point at.
                    var parents = b.Tables.Where(t => t.IsEntity && a.Find(t.Name) != null).Select(t => t.Name).ToList();
                    var free = table.Columns.Where(c => c.IsReference && table.ForeignKeys.All(k => k.Column != c.Name)).ToList();
                    if (parents.Count == 0)
                    {
                        return false;
                    }

                    ColumnSpec reference = free.Count > 0 ? Pick(free) : new ColumnSpec("r" + Next(), ReferenceType, false, null, false, true, false);
                    if (free.Count == 0)
                    {
                        table.Columns.Add(reference);
                    }

                    table.ForeignKeys.Add(new ForeignKeySpec(reference.Name, Pick(parents), Pick(Actions)));
                    return true;
                }

            case 16:
                {
                    var keyable = original.Where(c => table.Column(c) is { IsReference: false } column && (MySql ? column.IsText : column.Type != "INTEGER")).ToList();
                    if (table.IsEntity || keyable.Count == 0)
                    {
                        return false;
                    }

                    table.PrimaryKey = keyable.OrderBy(_ => random.Next()).Take(random.Next(1, Math.Min(3, keyable.Count) + 1)).ToList();
                    foreach (string name in table.PrimaryKey)
                    {
                        Replace(table, c => c.Name == name, c => c with { NotNull = true });
                    }

                    return true;
                }

            case 17:
                if (!table.IsEntity)
                {
                    return false;
                }

                table.AutoIncrement = !table.AutoIncrement;
                return true;
            default:
                table.Triggers.Add(("trg_" + Next(), random.Next(1, 4)));
                return true;
        }
    }

    /// <summary>
    /// A column B may drop so that the downgrade can add it back to a table with rows: not in a key, nullable or with a
    /// default, and if defaulted not in a unique constraint or check (all rows would get the same default back).
    /// </summary>
    private ColumnSpec? Droppable(TableSpec table, TableSpec? before)
    {
        var candidates = table.Columns.Where(c =>
        {
            ColumnSpec? old = before?.Column(c.Name);
            if (table.PrimaryKey.Contains(c.Name) || (before != null && before.PrimaryKey.Contains(c.Name)))
            {
                return false;
            }

            if (old == null)
            {
                return true;
            }

            return (!old.NotNull || old.Default != null)
                && (old.Default == null || !(before!.Uniques.Any(u => u.Contains(c.Name)) || before.Indexes.Any(i => i.Unique && i.Column == c.Name) || before.CheckColumns.Contains(c.Name)));
        }).ToList();
        return candidates.Count == 0 ? null : Pick(candidates);
    }

    private bool Replace(TableSpec table, Func<ColumnSpec, bool> eligible, Func<ColumnSpec, ColumnSpec> change)
    {
        var candidates = table.Columns.Where(eligible).ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        ColumnSpec column = Pick(candidates);
        table.Columns[table.Columns.IndexOf(column)] = change(column);
        return true;
    }

    private bool RemoveOne<T>(List<T> items)
    {
        if (items.Count == 0)
        {
            return false;
        }

        items.RemoveAt(random.Next(items.Count));
        return true;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private int Next() => ++_counter;
}
