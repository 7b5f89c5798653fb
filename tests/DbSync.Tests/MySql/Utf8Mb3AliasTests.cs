using System.Collections;
using System.Reflection;
using DbSync.MySql.Driver;
using DbSync.Testing.Databases;

namespace DbSync.Tests.MySql;

public sealed class Utf8Mb3AliasTests
{
    [Fact]
    public void The_driver_knows_utf8mb3_as_utf8_once_the_alias_is_applied()
    {
        Assert.True(Utf8Mb3Alias.EnsureApplied());
        Assert.True(Utf8Mb3Alias.EnsureApplied());

        var map = typeof(global::MySql.Data.MySqlClient.MySqlConnection).Assembly.GetType("MySql.Data.MySqlClient.CharSetMap")!;
        var mapping = (IDictionary)map.GetField("_mapping", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
        Assert.Same(mapping["utf8"], mapping["utf8mb3"]);
    }

    [Fact]
    public async Task Utf8mb3_columns_read_from_mariadb_where_the_unpatched_driver_throws()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        await database.ExecuteAsync("CREATE TABLE legacy (name VARCHAR(20)) CHARACTER SET utf8mb3");
        await database.ExecuteAsync("INSERT INTO legacy VALUES ('caf\u00e9')");

        Assert.Equal("caf\u00e9", await database.ScalarAsync("SELECT name FROM legacy"));
        Assert.Equal("utf8mb3", await database.ScalarAsync("SELECT CHARACTER_SET_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'legacy'"));
    }
}
