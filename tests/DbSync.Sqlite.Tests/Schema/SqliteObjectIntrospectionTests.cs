using DbSync.Schema.Model;

namespace DbSync.Sqlite.Tests.Schema;

/// <summary>What introspection reads beyond plain tables: views, virtual tables, table options, generated columns, key collations.</summary>
public sealed class SqliteObjectIntrospectionTests
{
    [Fact]
    public async Task Views_are_read_in_creation_order_with_their_text()
    {
        DatabaseSchema schema = await SqliteSchemas.LoadAsync("""
            CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT);
            CREATE VIEW z_items AS SELECT id, name FROM items;
            CREATE VIEW a_named AS SELECT name FROM z_items WHERE name IS NOT NULL;
            """);

        Assert.Equal(["z_items", "a_named"], schema.Views.Select(v => v.Name));
        Assert.Equal("CREATE VIEW a_named AS SELECT name FROM z_items WHERE name IS NOT NULL", schema.Views[1].Definition);
        Assert.Equal(["items"], schema.Tables.Select(t => t.Name));
    }

    [Fact]
    public async Task A_virtual_table_is_one_object_and_its_shadow_tables_are_not_tables()
    {
        DatabaseSchema schema = await SqliteSchemas.LoadAsync("""
            CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
            CREATE VIRTUAL TABLE notes_fts USING fts5(body, content = 'notes', content_rowid = 'id');
            CREATE VIRTUAL TABLE search USING fts4(title, body);
            CREATE VIRTUAL TABLE boxes USING rtree(id, min_x, max_x);
            """);

        Assert.Equal(["notes"], schema.Tables.Select(t => t.Name));
        Assert.Equal([("notes_fts", "fts5"), ("search", "fts4"), ("boxes", "rtree")], schema.VirtualTables.Select(v => (v.Name, v.Module)));
        Assert.Empty(schema.Unmodelled);
    }

    [Fact]
    public async Task Without_rowid_and_strict_are_table_options()
    {
        DatabaseSchema schema = await SqliteSchemas.LoadAsync("""
            CREATE TABLE a (k TEXT PRIMARY KEY, v INT) without rowid;
            CREATE TABLE b (k INTEGER PRIMARY KEY, v TEXT) STRICT;
            CREATE TABLE c (k TEXT PRIMARY KEY, v ANY) STRICT, WITHOUT ROWID;
            CREATE TABLE d (k INTEGER PRIMARY KEY);
            """);

        Assert.Equal(
            [(true, false), (false, true), (true, true), (false, false)],
            schema.Tables.Select(t => (t.Options.WithoutRowId, t.Options.Strict)));
    }

    [Fact]
    public async Task Generated_columns_are_read_with_their_expression_and_kind()
    {
        DatabaseSchema schema = await SqliteSchemas.LoadAsync("""
            CREATE TABLE t (
                a INTEGER,
                b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL,
                c TEXT AS (upper(cast(a AS TEXT))) STORED NOT NULL,
                d INT AS (a + 1)
            );
            """);

        ColumnSchema[] columns = [.. schema.Tables[0].Columns];
        Assert.Null(columns[0].Generated);
        Assert.Equal(new GeneratedColumn("a * 2", false), columns[1].Generated);
        Assert.Equal("INTEGER", columns[1].Type);
        Assert.Equal(new GeneratedColumn("upper(cast(a AS TEXT))", true), columns[2].Generated);
        Assert.False(columns[2].IsNullable);
        Assert.Equal(new GeneratedColumn("a + 1", false), columns[3].Generated);
        Assert.Equal("INT", columns[3].Type);
    }

    [Fact]
    public async Task An_index_key_has_its_own_collation_only_when_it_differs_from_its_column()
    {
        DatabaseSchema schema = await SqliteSchemas.LoadAsync("""
            CREATE TABLE books (title TEXT, sort TEXT COLLATE NOCASE, path TEXT);
            CREATE INDEX ix_title ON books (title COLLATE NOCASE);
            CREATE INDEX ix_sort ON books (sort);
            CREATE INDEX ix_path ON books (path COLLATE RTRIM DESC, lower(title) COLLATE NOCASE);
            """);

        var keys = schema.Tables[0].Indexes.ToDictionary(i => i.Name, i => i.Columns);
        Assert.Equal(new IndexColumn("title", Collation: "NOCASE"), keys["ix_title"][0]);
        Assert.Equal(new IndexColumn("sort"), keys["ix_sort"][0]);
        Assert.Equal(new IndexColumn("path", IsDescending: true, Collation: "RTRIM"), keys["ix_path"][0]);
        Assert.Equal(new IndexColumn(null, "lower(title)", Collation: "NOCASE"), keys["ix_path"][1]);
    }

    [Fact]
    public async Task A_trigger_on_a_view_is_reported_as_not_modelled()
    {
        DatabaseSchema schema = await SqliteSchemas.LoadAsync("""
            CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT);
            CREATE VIEW v AS SELECT id, name FROM items;
            CREATE TRIGGER v_insert INSTEAD OF INSERT ON v BEGIN INSERT INTO items (name) VALUES (NEW.name); END;
            """);

        Assert.Equal(["trigger v_insert on view v"], schema.Unmodelled);
    }
}
