using DbSync.MySql.Schema;
using DbSync.Schema.Comparison;
using DbSync.Schema.Model;

namespace DbSync.MySql.Tests.Schema;

/// <summary>
/// Changes of what dialect-specific parts a MariaDB table has (options, generated columns, comments, character sets,
/// index kinds, views, routines) are written so the upgrade reaches the model and the downgrade comes back, and are
/// described on one line each.
/// </summary>
public sealed class MariaDbAlterOptionsTests
{
    private const string Before = """
        CREATE TABLE items (
          id INT NOT NULL PRIMARY KEY,
          a INT NOT NULL DEFAULT 0,
          g BIGINT AS (a
            * 2) VIRTUAL,
          name VARCHAR(100) NOT NULL COMMENT 'the name',
          body TEXT,
          KEY ix_name (name(10))
        ) ENGINE=MyISAM DEFAULT CHARSET=latin1 COMMENT='before';
        CREATE VIEW v_items AS SELECT id FROM items;
        CREATE PROCEDURE p_items() SELECT 1;
        """;

    private const string After = """
        CREATE TABLE items (
          id INT NOT NULL PRIMARY KEY,
          a INT NOT NULL DEFAULT 0,
          g BIGINT AS (a * 3) PERSISTENT,
          name VARCHAR(100) CHARACTER SET ascii NOT NULL COMMENT 'the
        full name',
          body TEXT,
          KEY ix_name (name(20) DESC) IGNORED,
          FULLTEXT KEY ft_body (body)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC COMMENT='after';
        CREATE VIEW v_items AS SELECT id, name FROM items;
        DELIMITER $$
        CREATE PROCEDURE p_items() BEGIN SELECT 1; SELECT 2; END$$
        DELIMITER ;
        """;

    [Fact]
    public async Task Options_columns_indexes_views_and_routines_change_both_ways()
    {
        await using MariaDbSchemas database = await MariaDbSchemas.CreateAsync();
        DatabaseSchema before = await database.LoadAsync(Before);
        DatabaseSchema after = await database.LoadAsync(After);
        SchemaDiff diff = MariaDbSchemas.Comparer.Compare(before, after);
        string upgrade = MySqlDialect.Instance.Schema.Render(diff);
        string downgrade = MySqlDialect.Instance.Schema.Render(diff.Invert());

        Assert.All(diff.Describe(), line => Assert.DoesNotContain('\n', line));
        Assert.Contains(diff.Describe(), line => line.Contains("generated (`a` * 2) VIRTUAL -> (`a` * 3) STORED", StringComparison.Ordinal));
        Assert.Contains(diff.Describe(), line => line.Contains("comment 'the name' -> 'the full name'", StringComparison.Ordinal));

        await database.RunScriptAsync(Before);
        await database.RunScriptAsync(upgrade);
        Assert.Empty(MariaDbSchemas.Comparer.Compare(await database.IntrospectAsync(), after).Describe());

        await database.RunScriptAsync(downgrade);
        Assert.Empty(MariaDbSchemas.Comparer.Compare(await database.IntrospectAsync(), before).Describe());
    }
}
