using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using Microsoft.Data.Sqlite;

namespace DbSync.Sqlite.Tests.Schema;

/// <summary>
/// Scripts for views, virtual tables, table options and generated columns, run on a database holding rows: each
/// upgrade reaches the model (nothing left to compare) and keeps the rows; the downgrade comes back.
/// </summary>
public sealed class SqliteObjectRenderingTests
{
    private const string Items = "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER);\n"
        + "INSERT INTO items (id, name, qty) VALUES (1, 'bolt', 5), (2, 'nut', 7);\n";

    [Fact]
    public async Task A_view_reading_a_rebuilt_table_is_dropped_before_and_created_again_after()
    {
        string from = Items + "CREATE VIEW v_items AS SELECT id, name FROM items;\nCREATE VIEW v_count AS SELECT count(*) AS n FROM v_items;\n";
        string to = from.Replace("qty INTEGER", "qty INTEGER NOT NULL DEFAULT 0", StringComparison.Ordinal);

        string upgrade = await RoundTripAsync(from, to);

        Assert.Contains("DROP VIEW v_count;\nDROP VIEW v_items;", upgrade, StringComparison.Ordinal);
        Assert.True(upgrade.IndexOf("CREATE VIEW v_items", StringComparison.Ordinal) < upgrade.IndexOf("CREATE VIEW v_count", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dropping_a_column_a_view_reads_drops_the_view_first()
    {
        string from = Items + "CREATE VIEW v_items AS SELECT id, qty FROM items;\n";
        string to = Items.Replace(", qty INTEGER", string.Empty, StringComparison.Ordinal).Replace(", qty)", ")", StringComparison.Ordinal)
            .Replace(", 5)", ")", StringComparison.Ordinal).Replace(", 7)", ")", StringComparison.Ordinal) + "CREATE VIEW v_items AS SELECT id FROM items;\n";

        string upgrade = await RoundTripAsync(from, to);

        Assert.StartsWith("DROP VIEW v_items;", upgrade, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_virtual_table_is_created_and_dropped_whole_and_its_drop_is_a_warning()
    {
        string to = Items + "CREATE VIRTUAL TABLE items_fts USING fts5(name, content = 'items', content_rowid = 'id');\n";

        SchemaDiff diff = await SqliteSchemas.DiffAsync(Items, to);
        string upgrade = await RoundTripAsync(Items, to);
        var warnings = new DestructiveChanges(SqliteSchemaNormalizerInstance).Find(diff.Invert(), renameHints: false);

        Assert.Equal("CREATE VIRTUAL TABLE items_fts USING fts5(name, content = 'items', content_rowid = 'id');", upgrade);
        Assert.Equal(["dropping virtual table items_fts deletes it with its content (or, for an external-content table, its index, which must be rebuilt)"],
            warnings.Select(w => w.Message));
    }

    [Fact]
    public async Task Without_rowid_and_strict_are_changed_by_a_rebuild_that_keeps_the_rows()
    {
        string to = Items.Replace("qty INTEGER)", "qty INTEGER) STRICT, WITHOUT ROWID", StringComparison.Ordinal);

        string upgrade = await RoundTripAsync(Items, to);

        Assert.Contains("items: to change its options from (defaults) to WITHOUT ROWID STRICT", upgrade, StringComparison.Ordinal);
        Assert.Contains(") STRICT, WITHOUT ROWID;", upgrade, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_generated_column_is_added_by_a_rebuild_and_a_virtual_one_in_place()
    {
        string stored = Items.Replace("qty INTEGER)", "qty INTEGER, total INTEGER GENERATED ALWAYS AS (qty * 2) STORED)", StringComparison.Ordinal);
        string virtualColumn = Items.Replace("qty INTEGER)", "qty INTEGER, label TEXT AS (upper(name)))", StringComparison.Ordinal);

        string rebuild = await RoundTripAsync(Items, stored);
        string inPlace = await RoundTripAsync(Items, virtualColumn);

        Assert.Contains("items: to add column total", rebuild, StringComparison.Ordinal);
        Assert.Equal("ALTER TABLE items ADD COLUMN label TEXT GENERATED ALWAYS AS (upper(name)) VIRTUAL;", inPlace);
    }

    [Fact]
    public async Task An_index_key_collation_is_written_and_a_change_of_it_is_found()
    {
        string to = Items + "CREATE INDEX ix_items_name ON items (name COLLATE NOCASE DESC);\n";

        string upgrade = await RoundTripAsync(Items + "CREATE INDEX ix_items_name ON items (name DESC);\n", to);

        Assert.Equal("DROP INDEX ix_items_name;\n\nCREATE INDEX ix_items_name ON items (name COLLATE NOCASE DESC);", upgrade);
    }

    private static DbSync.Sqlite.Schema.SqliteSchemaNormalizer SqliteSchemaNormalizerInstance => DbSync.Sqlite.Schema.SqliteSchemaNormalizer.Instance;

    /// <summary>Upgrades a database at <paramref name="from"/> (with its rows) to <paramref name="to"/> and back, checking both ends and the rows.</summary>
    private static async Task<string> RoundTripAsync(string from, string to)
    {
        SchemaDiff diff = await SqliteSchemas.DiffAsync(from, to);
        string upgrade = SqliteDialect.Instance.Schema.Render(diff);
        string downgrade = SqliteDialect.Instance.Schema.Render(diff.Invert());
        await using SqliteConnection connection = await SqliteSchemas.OpenAsync(from);
        var rows = await SqliteSchemas.RowsAsync(connection, "items", ["id", "name"]);

        await SqliteSchemas.RunScriptAsync(connection, upgrade);
        Assert.True(SqliteSchemas.Comparer.Compare(await SqliteSchemas.IntrospectAsync(connection), await SqliteSchemas.LoadAsync(to)).IsEmpty, "after the upgrade:\n" + upgrade);
        Assert.Equal(rows, await SqliteSchemas.RowsAsync(connection, "items", ["id", "name"]));

        await SqliteSchemas.RunScriptAsync(connection, downgrade);
        Assert.True(SqliteSchemas.Comparer.Compare(await SqliteSchemas.IntrospectAsync(connection), await SqliteSchemas.LoadAsync(from)).IsEmpty, "after the downgrade:\n" + downgrade);
        Assert.Equal(rows, await SqliteSchemas.RowsAsync(connection, "items", ["id", "name"]));
        return upgrade;
    }
}
