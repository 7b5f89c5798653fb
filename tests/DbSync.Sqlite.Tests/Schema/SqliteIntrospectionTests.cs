using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Schema.Model;

namespace DbSync.Sqlite.Tests.Schema;

/// <summary>What introspection reads from an SQLite database, and what it leaves out.</summary>
public sealed class SqliteIntrospectionTests
{
    [Fact]
    public async Task Reads_columns_keys_constraints_indexes_and_triggers()
    {
        DatabaseSchema schema = await SqliteSchemas.LoadAsync("""
            CREATE TABLE items (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                sku VARCHAR(32) NOT NULL,
                name TEXT COLLATE NOCASE DEFAULT 'unnamed',
                price NUMERIC(10, 2) NOT NULL DEFAULT (0) CONSTRAINT ck_price CHECK (price >= 0),
                UNIQUE (sku)
            );
            CREATE UNIQUE INDEX ix_items_name ON items (name DESC) WHERE name IS NOT NULL;
            CREATE INDEX ix_items_lower_sku ON items (lower(sku), price);
            CREATE TABLE stock (
                item_id INTEGER NOT NULL REFERENCES items ON DELETE CASCADE,
                warehouse TEXT NOT NULL,
                quantity INTEGER,
                PRIMARY KEY (item_id, warehouse)
            );
            CREATE TRIGGER trg_stock AFTER UPDATE ON stock BEGIN SELECT 1; END;
            """);

        Assert.Equal(["items", "stock"], schema.Tables.Select(t => t.Name));
        TableSchema items = schema.FindTable("items")!;
        Assert.Equal(
            [
                new ColumnSchema("id", "INTEGER", false, null, true),
                new ColumnSchema("sku", "VARCHAR(32)", false),
                new ColumnSchema("name", "TEXT", true, "'unnamed'", false, "NOCASE"),
                new ColumnSchema("price", "NUMERIC(10, 2)", false, "0"),
            ],
            items.Columns);
        Assert.Equal(["id"], items.PrimaryKey!.Columns);
        Assert.Equal(["sku"], Assert.Single(items.UniqueConstraints).Columns);
        Assert.Equal(new CheckConstraintSchema("price >= 0", "ck_price"), Assert.Single(items.CheckConstraints));
        IndexSchema lower = items.Indexes[0];
        Assert.Equal("ix_items_lower_sku", lower.Name);
        Assert.Equal([IndexColumn.OfExpression("lower(sku)"), IndexColumn.Of("price")], lower.Columns);
        IndexSchema name = items.Indexes[1];
        Assert.True(name.IsUnique);
        Assert.Equal([new IndexColumn("name", null, true)], name.Columns);
        Assert.Equal("name IS NOT NULL", name.Where);

        TableSchema stock = schema.FindTable("stock")!;
        Assert.Equal(["item_id", "warehouse"], stock.PrimaryKey!.Columns);
        ForeignKeySchema key = Assert.Single(stock.ForeignKeys);
        Assert.Equal(["item_id"], key.Columns);
        Assert.Equal("items", key.ReferencedTable);
        Assert.Equal(["id"], key.ReferencedColumns);
        Assert.Equal(ReferentialAction.Cascade, key.OnDelete);
        Assert.Equal("trg_stock", Assert.Single(stock.Triggers).Name);
        Assert.StartsWith("CREATE TRIGGER trg_stock AFTER UPDATE ON stock", stock.Triggers[0].Definition);
    }

    [Fact]
    public async Task Leaves_out_version_tables_and_internal_tables()
    {
        DatabaseSchema schema = await SqliteSchemas.LoadAsync("""
            CREATE TABLE migrate_version (repository_id VARCHAR(250) PRIMARY KEY, repository_path TEXT, version INTEGER);
            CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL);
            CREATE TABLE dbsync_statement_log (id INTEGER);
            CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT);
            INSERT INTO audit DEFAULT VALUES;
            """);

        Assert.Equal(["audit"], schema.Tables.Select(t => t.Name));
    }

    [Fact]
    public async Task An_integer_primary_key_is_never_null_whether_or_not_the_model_says_so()
    {
        DatabaseSchema a = await SqliteSchemas.LoadAsync("CREATE TABLE t (id INTEGER PRIMARY KEY);");
        DatabaseSchema b = await SqliteSchemas.LoadAsync("CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY);");

        Assert.False(a.Tables[0].Columns[0].IsNullable);
        Assert.Equal(a.Tables[0].Columns, b.Tables[0].Columns);
    }
}
