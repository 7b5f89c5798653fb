using DbSync.Configuration;
using DbSync.Dialects;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.MySql;

namespace DbSync.MySql.Tests;

public sealed class DatabaseDialectsTests
{
    [Fact]
    public void A_registered_dialect_serves_every_mysql_scheme()
    {
        foreach (string scheme in new[] { "mysql", "mysql+pymysql", "mysql+mysqldb", "mariadb" })
        {
            Assert.Same(MySqlDialect.Instance, DatabaseDialects.For(DatabaseUrlParser.Parse(scheme + "://u@h/db", "test")));
        }
    }

    [Theory]
    [InlineData("mariadb", "mariadb,mysql")]
    [InlineData("mariadb+pymysql", "mariadb,mysql")]
    [InlineData("MariaDB+mysqldb", "mariadb,mysql")]
    [InlineData("mysql", "mysql")]
    [InlineData("mysql+pymysql", "mysql")]
    public void A_mariadb_url_runs_mariadb_scripts_then_mysql_ones(string scheme, string dialects)
    {
        var url = DatabaseUrlParser.Parse(scheme + "://u@h/db", "test");

        Assert.Equal(dialects, string.Join(",", DatabaseDialects.For(url).ScriptDialects(url)));
    }

    [Fact]
    public void A_dialect_no_host_registered_is_a_clear_error_saying_how_to_register_it()
    {
        // The test assembly registers MySQL, so an unregistered dialect name stands in for "mysql" in a host without it.
        var url = new DatabaseUrl("postgresql", "u", "secret", "h", null, "db", new Dictionary<string, string>());

        var error = Assert.Throws<ConfigurationException>(() => DatabaseDialects.For(url));

        Assert.Contains("database URL scheme 'postgresql://' is not available", error.Message);
        Assert.Contains("DatabaseDialects.Register", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }
}
