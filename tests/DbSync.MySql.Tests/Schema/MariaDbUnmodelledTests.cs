using DbSync.MySql.Schema;
using DbSync.Schema.Model;

namespace DbSync.MySql.Tests.Schema;

/// <summary>What the model cannot hold on MariaDB is a warning naming the object, never a silent loss.</summary>
public sealed class MariaDbUnmodelledTests
{
    [Fact]
    public async Task Sequences_index_comments_and_other_table_options_are_named_as_unmodelled()
    {
        await using MariaDbSchemas database = await MariaDbSchemas.CreateAsync();

        DatabaseSchema schema = await database.LoadAsync("""
            CREATE SEQUENCE order_numbers;
            CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, code INT NOT NULL, KEY ix_code (code) COMMENT 'lookups') CHECKSUM=1;
            """);

        Assert.Equal(
            ["index ix_code of table orders has a COMMENT", "sequence order_numbers (MariaDB CREATE SEQUENCE)", "table orders has the table option checksum=1"],
            schema.Unmodelled.Order(StringComparer.Ordinal));
        Assert.Equal(["orders"], schema.Tables.Select(t => t.Name));
    }

    [Fact]
    public void An_events_start_time_written_by_the_server_does_not_count_as_a_change()
    {
        const string Created = "CREATE EVENT `e_purge` ON SCHEDULE EVERY 1 DAY STARTS '2026-12-02 14:00:00' ON COMPLETION NOT PRESERVE ENABLE DO DELETE FROM t0";
        const string Again = "CREATE EVENT `e_purge` ON SCHEDULE EVERY 1 DAY STARTS '2026-12-02 14:00:07' ON COMPLETION NOT PRESERVE ENABLE DO DELETE FROM t0";
        const string Other = "CREATE EVENT `e_purge` ON SCHEDULE EVERY 2 DAY STARTS '2026-12-02 14:00:07' ON COMPLETION NOT PRESERVE ENABLE DO DELETE FROM t0";

        Assert.Equal(MySqlSchemaNormalizer.Instance.NormalizeDefinition(Created), MySqlSchemaNormalizer.Instance.NormalizeDefinition(Again));
        Assert.NotEqual(MySqlSchemaNormalizer.Instance.NormalizeDefinition(Created), MySqlSchemaNormalizer.Instance.NormalizeDefinition(Other));
    }
}
