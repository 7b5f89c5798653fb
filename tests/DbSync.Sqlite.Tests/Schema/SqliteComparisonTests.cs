using DbSync.Schema.Comparison;
using DbSync.Schema.Operations;

namespace DbSync.Sqlite.Tests.Schema;

/// <summary>What autogenerate and check report on SQLite: real changes, named; never a difference of spelling.</summary>
public sealed class SqliteComparisonTests
{
    [Fact]
    public async Task A_model_written_differently_from_the_migrations_shows_no_change()
    {
        const string migrations = """
            CREATE TABLE items (
                id INTEGER NOT NULL PRIMARY KEY,
                sku VARCHAR(32) NOT NULL,
                price NUMERIC(10, 2) DEFAULT 0 CHECK (price >= 0),
                created TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
                flag BOOLEAN DEFAULT FALSE,
                name TEXT COLLATE BINARY,
                code TEXT UNIQUE,
                label TEXT DEFAULT 'none'
            );
            CREATE INDEX ix_items_sku ON items (sku);
            CREATE TABLE stock (item_id INTEGER REFERENCES items, qty INT);
            """;
        const string model = """
            create table "items" (
                "id" integer primary key,
                sku varchar( 32 ) not null,
                price numeric(10,2) default (0.00),
                created timestamp default (current_timestamp),
                flag bool default 0,
                name text,
                code text,
                label text default none,
                unique (code),
                check ((price>=0))
            );
            create index ix_items_sku on "items"("sku");
            create table stock (item_id integer references items(id), qty integer);
            """;

        SchemaDiff diff = await SqliteSchemas.DiffAsync(migrations, model);

        Assert.Empty(diff.Describe());
    }

    [Fact]
    public async Task Each_kind_of_change_is_named_once()
    {
        SchemaDiff diff = await SqliteSchemas.DiffAsync(
            """
            CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(100), old TEXT, code TEXT UNIQUE);
            CREATE INDEX ix_items_name ON items (name);
            CREATE TABLE gone (id INTEGER PRIMARY KEY);
            """,
            """
            CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL DEFAULT '', code TEXT, weight REAL, CHECK (weight > 0));
            CREATE UNIQUE INDEX ix_items_name ON items (name);
            CREATE TABLE ports (id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES items (id) ON DELETE CASCADE);
            """);

        Assert.Equal(
            [
                "add table ports",
                "drop table gone",
                "drop index ix_items_name on items",
                "drop unique constraint on items (code)",
                "drop column items.old",
                "alter column items.name: type VARCHAR(100) -> VARCHAR(200), NULL -> NOT NULL, default none -> ''",
                "add column items.weight REAL",
                "add check constraint on items: weight > 0",
                "add unique index ix_items_name on items (name)",
            ],
            diff.Describe());
    }

    [Fact]
    public async Task The_inverse_of_the_changes_is_the_comparison_the_other_way()
    {
        const string a = "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, UNIQUE (name)); CREATE TABLE t (x INTEGER PRIMARY KEY, y INTEGER REFERENCES items (id));";
        const string b = "CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(9) NOT NULL, n2 TEXT); CREATE INDEX ix ON items (n2); CREATE TABLE u (z TEXT);";

        SchemaDiff forward = await SqliteSchemas.DiffAsync(a, b);
        SchemaDiff backward = await SqliteSchemas.DiffAsync(b, a);

        Assert.Equal(backward.Describe().Order(), forward.Invert().Describe().Order());
        Assert.Equal(forward.Operations.Count, backward.Operations.Count);
    }

    [Fact]
    public async Task Table_and_column_names_compare_without_case()
    {
        SchemaDiff diff = await SqliteSchemas.DiffAsync("CREATE TABLE Items (ID INTEGER PRIMARY KEY, Name TEXT);", "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT);");

        Assert.Empty(diff.Operations);
    }

    [Fact]
    public async Task A_trigger_counts_as_changed_only_when_more_than_its_spacing_or_case_changes()
    {
        const string table = "CREATE TABLE t (x INTEGER); CREATE TABLE log (m TEXT);\n";
        SchemaDiff spacing = await SqliteSchemas.DiffAsync(
            table + "CREATE TRIGGER trg AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('x'); END;",
            table + "create trigger trg after insert on t\nbegin\n    insert into log values ('x');\nend;");
        SchemaDiff body = await SqliteSchemas.DiffAsync(
            table + "CREATE TRIGGER trg AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('x'); END;",
            table + "CREATE TRIGGER trg AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('y'); END;");

        Assert.Empty(spacing.Operations);
        Assert.Equal(["drop trigger trg on t", "add trigger trg on t"], body.Describe());
        Assert.IsType<DropTrigger>(body.Operations[0]);
    }
}
