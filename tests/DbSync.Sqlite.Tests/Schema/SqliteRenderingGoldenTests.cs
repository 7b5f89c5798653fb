using DbSync.Testing.Repositories;
using DbSync.Testing.Schema.RoundTrip;
using DbSync.Testing.Schema;
using DbSync.Testing;
using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Sqlite.Schema;

namespace DbSync.Sqlite.Tests.Schema;

/// <summary>
/// The SQL autogenerate writes on SQLite, one golden file per kind of change (Golden/sqlite/NAME.sql: the changes,
/// the upgrade, the downgrade). Each case also runs both scripts on a database holding a row per table and checks that
/// the upgrade reaches the target schema and the downgrade comes back, the row still there.
/// </summary>
public sealed class SqliteRenderingGoldenTests
{
    private const string Items = "CREATE TABLE items (id INTEGER PRIMARY KEY, sku VARCHAR(32) NOT NULL, name VARCHAR(200));\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        { "add_table", Items, Items + "CREATE TABLE ports (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE, code TEXT NOT NULL UNIQUE, CHECK (length(code) > 1));\nCREATE INDEX ix_ports_item ON ports (item_id);" },
        { "drop_table", Items + "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);", Items },
        { "add_column_nullable", Items, Items.Replace(");", ", weight REAL);", StringComparison.Ordinal) },
        { "add_column_not_null_with_default", Items, Items.Replace(");", ", category VARCHAR(32) NOT NULL DEFAULT 'general');", StringComparison.Ordinal) },
        { "add_column_with_time_default", Items, Items.Replace(");", ", created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);", StringComparison.Ordinal) },
        { "drop_column", Items.Replace(");", ", weight REAL);", StringComparison.Ordinal) + "CREATE INDEX ix_items_weight ON items (weight);", Items },
        { "drop_column_with_unique_constraint", Items.Replace(");", ", code TEXT UNIQUE);", StringComparison.Ordinal), Items },
        { "alter_column_type", Items, Items.Replace("name VARCHAR(200)", "name VARCHAR(250)", StringComparison.Ordinal) },
        { "alter_column_not_null", Items.Replace("name VARCHAR(200)", "name VARCHAR(200) DEFAULT 'x'", StringComparison.Ordinal), Items.Replace("name VARCHAR(200)", "name VARCHAR(200) NOT NULL DEFAULT 'unnamed'", StringComparison.Ordinal) },
        { "alter_column_collation", Items, Items.Replace("name VARCHAR(200)", "name VARCHAR(200) COLLATE NOCASE", StringComparison.Ordinal) },
        { "index_changes",
            Items + "CREATE INDEX ix_name ON items (name);\nCREATE INDEX ix_old ON items (sku, name);",
            Items + "CREATE UNIQUE INDEX ix_name ON items (name DESC) WHERE name IS NOT NULL;\nCREATE INDEX ix_lower_sku ON items (lower(sku));" },
        { "add_unique_constraint", Items, Items.Replace(");", ", UNIQUE (sku, name));", StringComparison.Ordinal) },
        { "drop_unique_constraint", Items.Replace(");", ", UNIQUE (sku));", StringComparison.Ordinal), Items },
        { "add_foreign_key",
            Items + "CREATE TABLE stock (item_id INTEGER NOT NULL, quantity INTEGER NOT NULL DEFAULT 0);",
            Items + "CREATE TABLE stock (item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE, quantity INTEGER NOT NULL DEFAULT 0);" },
        { "alter_primary_key",
            "CREATE TABLE stock (item_id INTEGER NOT NULL, warehouse_id INTEGER NOT NULL, quantity INTEGER, PRIMARY KEY (item_id));",
            "CREATE TABLE stock (item_id INTEGER NOT NULL, warehouse_id INTEGER NOT NULL, quantity INTEGER, PRIMARY KEY (item_id, warehouse_id));" },
        { "check_constraints",
            "CREATE TABLE prices (id INTEGER PRIMARY KEY, amount NUMERIC(10, 2) NOT NULL CHECK (amount >= 0));",
            "CREATE TABLE prices (id INTEGER PRIMARY KEY, amount NUMERIC(10, 2) NOT NULL, CONSTRAINT ck_amount CHECK (amount >= 0 AND amount < 1000000));" },
        { "trigger_changes",
            Items + "CREATE TABLE log (message TEXT);\nCREATE TRIGGER trg_items_insert AFTER INSERT ON items BEGIN INSERT INTO log VALUES ('insert'); END;\nCREATE TRIGGER trg_items_gone AFTER DELETE ON items BEGIN INSERT INTO log VALUES ('delete'); END;",
            Items + "CREATE TABLE log (message TEXT);\nCREATE TRIGGER trg_items_insert AFTER INSERT ON items BEGIN INSERT INTO log VALUES ('inserted ' || NEW.sku); END;\nCREATE TRIGGER trg_items_update AFTER UPDATE ON items BEGIN INSERT INTO log VALUES ('update'); END;" },
        { "rebuild_with_cascading_child",
            Items + "CREATE TABLE stock (item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE, quantity INTEGER NOT NULL);\nCREATE TABLE notes (item_id INTEGER REFERENCES items (id), body TEXT);",
            Items.Replace("name VARCHAR(200)", "name VARCHAR(250)", StringComparison.Ordinal) + "CREATE TABLE stock (item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE, quantity INTEGER NOT NULL);\nCREATE TABLE notes (item_id INTEGER REFERENCES items (id), body TEXT);" },
        { "rebuild_keeps_trigger_and_autoincrement",
            "CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, message TEXT);\nCREATE TRIGGER trg_audit AFTER INSERT ON audit BEGIN SELECT 1; END;",
            "CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, message TEXT NOT NULL DEFAULT '');\nCREATE TRIGGER trg_audit AFTER INSERT ON audit BEGIN SELECT 1; END;" },
        { "quoted_names", "CREATE TABLE \"order\" (id INTEGER PRIMARY KEY);", "CREATE TABLE \"order\" (id INTEGER PRIMARY KEY, \"group\" TEXT, \"unit price\" REAL);\nCREATE INDEX \"ix order group\" ON \"order\" (\"group\");" },
        { "create_schema", string.Empty,
            "CREATE TABLE stock (item_id INTEGER NOT NULL REFERENCES items (id), warehouse_id INTEGER NOT NULL REFERENCES warehouses (id), PRIMARY KEY (item_id, warehouse_id));\n"
            + Items + "CREATE TABLE warehouses (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);\nCREATE INDEX ix_items_name ON items (name);" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rendered_sql_matches_the_golden_file_and_moves_the_schema_both_ways(string name, string fromSql, string toSql)
    {
        SchemaDiff diff = await SqliteSchemas.DiffAsync(fromSql, toSql);
        string upgrade = SqliteDialect.Instance.Schema.Render(diff);
        string downgrade = SqliteDialect.Instance.Schema.Render(diff.Invert());

        await using var connection = await SqliteSchemas.OpenAsync(fromSql);
        DatabaseSchema from = await SqliteSchemas.IntrospectAsync(connection);
        var rows = await InsertOneRowPerTableAsync(connection, from, diff.To);

        await SqliteSchemas.RunScriptAsync(connection, upgrade);
        Assert.Equal(SchemaDump.Of(diff.To, SqliteSchemaNormalizer.Instance), SchemaDump.Of(await SqliteSchemas.IntrospectAsync(connection), SqliteSchemaNormalizer.Instance));

        await SqliteSchemas.RunScriptAsync(connection, downgrade);
        Assert.Equal(SchemaDump.Of(from, SqliteSchemaNormalizer.Instance), SchemaDump.Of(await SqliteSchemas.IntrospectAsync(connection), SqliteSchemaNormalizer.Instance));
        foreach (var (table, before) in rows)
        {
            Assert.Equal(before, await SqliteSchemas.RowsAsync(connection, table, from.FindTable(table)!.Columns.Where(c => diff.To.FindTable(table)!.HasColumn(c.Name)).Select(c => c.Name)));
        }

        GoldenFile.AssertMatches(name,
            "-- changes:\n" + string.Concat(diff.Describe().Select(d => "--   " + d + "\n"))
            + "\n-- upgrade:\n" + upgrade + "\n\n-- downgrade:\n" + downgrade + "\n");
    }

    [Fact]
    public async Task Adding_a_not_null_column_without_default_says_rows_need_a_value_and_fails_on_rows_leaving_them()
    {
        const string to = "CREATE TABLE items (id INTEGER PRIMARY KEY, sku VARCHAR(32) NOT NULL, name VARCHAR(200), code TEXT NOT NULL);";
        SchemaDiff diff = await SqliteSchemas.DiffAsync(Items, to);
        string upgrade = SqliteDialect.Instance.Schema.Render(diff);
        GoldenFile.AssertMatches("add_column_not_null_without_default",
            "-- changes:\n" + string.Concat(diff.Describe().Select(d => "--   " + d + "\n")) + "\n-- upgrade:\n" + upgrade + "\n");

        await using var empty = await SqliteSchemas.OpenAsync(Items);
        await SqliteSchemas.RunScriptAsync(empty, upgrade);
        Assert.Equal(SchemaDump.Of(diff.To, SqliteSchemaNormalizer.Instance), SchemaDump.Of(await SqliteSchemas.IntrospectAsync(empty), SqliteSchemaNormalizer.Instance));

        await using var withRows = await SqliteSchemas.OpenAsync(Items + "INSERT INTO items (id, sku) VALUES (1, 'a');");
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteSchemas.RunScriptAsync(withRows, upgrade));
        Assert.Contains("NOT NULL constraint failed: items.code", failure.Message);
        Assert.Equal(["1|'a'|NULL"], await SqliteSchemas.RowsAsync(withRows, "items", ["id", "sku", "name"]));
    }

    /// <summary>Inserts a row into each table; returns, for the tables <paramref name="to"/> keeps, the row in the columns it keeps.</summary>
    private static async Task<Dictionary<string, List<string>>> InsertOneRowPerTableAsync(Microsoft.Data.Sqlite.SqliteConnection connection, DatabaseSchema schema, DatabaseSchema to)
    {
        var rows = new Dictionary<string, List<string>>();
        foreach (TableSchema table in DbSync.Schema.Rendering.TableOrder.ParentsFirst(schema.Tables))
        {
            // 1 fits every column here: keys, references to the parent's row 1, numbers and text alike.
            string columns = string.Join(", ", table.Columns.Select(c => "\"" + c.Name + "\""));
            string values = string.Join(", ", table.Columns.Select(c => c.Name == "sku" || c.Name == "code" ? "'ab-1'" : "1"));
            await SqliteSchemas.ExecuteAsync(connection, "INSERT INTO \"" + table.Name + "\" (" + columns + ") VALUES (" + values + ")");
            if (to.FindTable(table.Name) is { } kept)
            {
                rows[table.Name] = await SqliteSchemas.RowsAsync(connection, table.Name, table.Columns.Where(c => kept.HasColumn(c.Name)).Select(c => c.Name));
            }
        }

        return rows;
    }
}
