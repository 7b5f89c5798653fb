using DbSync.Testing.Repositories;
using DbSync.Testing.Schema.RoundTrip;
using DbSync.Testing.Schema;
using DbSync.Testing;
using DbSync.MySql.Schema;
using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Schema.Rendering;

namespace DbSync.MySql.Tests.Schema;

/// <summary>
/// The SQL autogenerate writes on MySQL/MariaDB, one golden file per kind of change (Golden/mysql/NAME.sql). Schemas
/// are read from the private MariaDB server (the tests skip where there is none); each case also runs both scripts on a
/// database holding a row per table and checks the upgrade reaches the target schema and the downgrade comes back.
/// </summary>
public sealed class MySqlRenderingGoldenTests
{
    private const string Items = "CREATE TABLE items (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, sku VARCHAR(32) NOT NULL, name VARCHAR(200));\n";
    private const string Stock = "CREATE TABLE stock (item_id INT NOT NULL, quantity INT NOT NULL DEFAULT 0, CONSTRAINT fk_stock_item FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE);\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        { "add_table", Items,
            Items + "CREATE TABLE ports (id INT NOT NULL PRIMARY KEY, item_id INT NOT NULL, code VARCHAR(16) NOT NULL UNIQUE,"
            + " CONSTRAINT fk_ports_item FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE, CONSTRAINT ck_ports_code CHECK (length(code) > 1));" },
        { "drop_table", Items + "CREATE TABLE notes (id INT NOT NULL PRIMARY KEY, body TEXT);", Items },
        { "add_columns", Items,
            Items.Replace(");", ", weight DOUBLE, category VARCHAR(32) NOT NULL DEFAULT 'general', created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);", StringComparison.Ordinal) },
        { "drop_column", Items.Replace(");", ", weight DOUBLE);", StringComparison.Ordinal) + "CREATE INDEX ix_items_weight ON items (weight);", Items },
        { "alter_column", Items, Items.Replace("name VARCHAR(200)", "name VARCHAR(250) NOT NULL DEFAULT 'unnamed'", StringComparison.Ordinal) },
        { "alter_referenced_column", Items + Stock,
            Items.Replace("id INT", "id BIGINT", StringComparison.Ordinal) + Stock.Replace("item_id INT", "item_id BIGINT", StringComparison.Ordinal) },
        { "alter_column_on_update", Items.Replace(");", ", updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);", StringComparison.Ordinal),
            Items.Replace(");", ", updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);", StringComparison.Ordinal) },
        { "alter_column_collation", Items, Items.Replace("name VARCHAR(200)", "name VARCHAR(200) COLLATE utf8mb4_bin", StringComparison.Ordinal) },
        { "index_changes",
            Items + "CREATE INDEX ix_name ON items (name);\nCREATE INDEX ix_old ON items (sku, name);",
            Items + "CREATE UNIQUE INDEX ix_name ON items (name DESC);\nCREATE INDEX ix_sku ON items (sku);" },
        { "alter_primary_key",
            "CREATE TABLE stock (item_id INT NOT NULL, warehouse_id INT NOT NULL, quantity INT, PRIMARY KEY (item_id));",
            "CREATE TABLE stock (item_id INT NOT NULL, warehouse_id INT NOT NULL, quantity INT, PRIMARY KEY (item_id, warehouse_id));" },
        { "foreign_keys",
            Items + "CREATE TABLE stock (item_id INT NOT NULL, quantity INT NOT NULL DEFAULT 0, INDEX ix_stock_item (item_id));",
            Items + "CREATE TABLE stock (item_id INT NOT NULL, quantity INT NOT NULL DEFAULT 0, INDEX ix_stock_item (item_id),"
            + " CONSTRAINT fk_stock_item FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE);" },
        { "check_constraints",
            "CREATE TABLE prices (id INT NOT NULL PRIMARY KEY, amount DECIMAL(10,2) NOT NULL, CONSTRAINT ck_amount CHECK (amount >= 0));",
            "CREATE TABLE prices (id INT NOT NULL PRIMARY KEY, amount DECIMAL(10,2) NOT NULL, CONSTRAINT ck_amount_range CHECK (amount >= 0 AND amount < 1000000));" },
        { "trigger_changes",
            Items + "CREATE TABLE log (message VARCHAR(100));\nCREATE TRIGGER trg_items_insert AFTER INSERT ON items FOR EACH ROW INSERT INTO log VALUES ('insert');",
            Items + "CREATE TABLE log (message VARCHAR(100));\nDELIMITER $$\nCREATE TRIGGER trg_items_insert AFTER INSERT ON items FOR EACH ROW\nBEGIN\n"
            + "    INSERT INTO log VALUES (CONCAT('inserted ', NEW.sku));\n    INSERT INTO log VALUES ('done');\nEND$$\nDELIMITER ;" },
        { "create_schema", string.Empty,
            "CREATE TABLE warehouses (id INT NOT NULL PRIMARY KEY, code VARCHAR(16) NOT NULL UNIQUE);\n" + Items
            + "CREATE TABLE stock (item_id INT NOT NULL, warehouse_id INT NOT NULL, PRIMARY KEY (item_id, warehouse_id),"
            + " CONSTRAINT fk_stock_item FOREIGN KEY (item_id) REFERENCES items (id), CONSTRAINT fk_stock_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouses (id));" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rendered_sql_matches_the_golden_file_and_moves_the_schema_both_ways(string name, string fromSql, string toSql)
    {
        await using MariaDbSchemas schemas = await MariaDbSchemas.CreateAsync();
        SchemaDiff diff = MariaDbSchemas.Comparer.Compare(await schemas.LoadAsync(fromSql), await schemas.LoadAsync(toSql));
        string upgrade = MySqlDialect.Instance.Schema.Render(diff);
        string downgrade = MySqlDialect.Instance.Schema.Render(diff.Invert());

        await schemas.RunScriptAsync(fromSql);
        DatabaseSchema from = await schemas.IntrospectAsync();
        var rows = await InsertOneRowPerTableAsync(schemas, from, diff.To);

        await schemas.RunScriptAsync(upgrade);
        Assert.Equal(SchemaDump.Of(diff.To, MySqlSchemaNormalizer.Instance), SchemaDump.Of(await schemas.IntrospectAsync(), MySqlSchemaNormalizer.Instance));

        await schemas.RunScriptAsync(downgrade);
        Assert.Equal(SchemaDump.Of(from, MySqlSchemaNormalizer.Instance), SchemaDump.Of(await schemas.IntrospectAsync(), MySqlSchemaNormalizer.Instance));
        foreach (var (table, (columns, before)) in rows)
        {
            Assert.Equal(before, await schemas.RowsAsync(table, columns));
        }

        GoldenFile.AssertMatches(name,
            "-- changes:\n" + string.Concat(diff.Describe().Select(d => "--   " + d + "\n"))
            + "\n-- upgrade:\n" + upgrade + "\n\n-- downgrade:\n" + downgrade + "\n");
    }

    /// <summary>A row in each table (parents first, so references find row 1); for the tables <paramref name="to"/> keeps, the row in the columns it keeps.</summary>
    private static async Task<Dictionary<string, (List<string> Columns, List<string> Rows)>> InsertOneRowPerTableAsync(MariaDbSchemas schemas, DatabaseSchema schema, DatabaseSchema to)
    {
        var rows = new Dictionary<string, (List<string>, List<string>)>();
        foreach (TableSchema table in TableOrder.ParentsFirst(schema.Tables))
        {
            // Every column gets a value (1, or 'ab-1' for text; time columns take their default), so no NULL meets a NOT NULL change.
            var needed = table.Columns.Where(c => !c.IsAutoIncrement && !c.Type.Contains("time", StringComparison.OrdinalIgnoreCase)).ToList();
            string values = string.Join(", ", needed.Select(c => c.Type.Contains("char", StringComparison.OrdinalIgnoreCase) || c.Type.Contains("text", StringComparison.OrdinalIgnoreCase) ? "'ab-1'" : "1"));
            await schemas.RunScriptAsync("INSERT INTO `" + table.Name + "` (" + string.Join(", ", needed.Select(c => "`" + c.Name + "`")) + ") VALUES (" + values + ")");
            if (to.FindTable(table.Name) is { } kept)
            {
                var columns = table.Columns.Where(c => kept.HasColumn(c.Name)).Select(c => c.Name).ToList();
                rows[table.Name] = (columns, await schemas.RowsAsync(table.Name, columns));
            }
        }

        return rows;
    }
}
