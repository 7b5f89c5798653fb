using DbSync.Configuration;
using DbSync.Dialects;
using DbSync.Core.Errors;
using DbSync.Errors;

namespace DbSync.Tests.Configuration;

public sealed class DatabaseUrlParserTests
{
    private const string Source = "[database] connection in app.conf line 2";

    [Theory]
    [InlineData("sqlite://", null)]
    [InlineData("sqlite:///:memory:", null)]
    [InlineData("sqlite:///inventory.db", "inventory.db")]
    [InlineData("sqlite:///data/inventory.db", "data/inventory.db")]
    [InlineData("sqlite:////var/lib/app/inventory.db", "/var/lib/app/inventory.db")]
    [InlineData("sqlite:///my%20db.sqlite", "my db.sqlite")]
    public void Sqlite_urls_follow_sqlalchemy(string url, string? path)
    {
        var parsed = DatabaseUrlParser.Parse(url, Source);

        Assert.Equal("sqlite", DatabaseDialects.For(parsed).Name);
        Assert.Equal(path, parsed.Database);
    }

    [Theory]
    [InlineData("mysql://root@localhost/mogan", "mysql")]
    [InlineData("mysql+pymysql://root@localhost/mogan", "mysql+pymysql")]
    [InlineData("mysql+mysqldb://root@localhost/mogan", "mysql+mysqldb")]
    [InlineData("mariadb://root@localhost/mogan", "mariadb")]
    public void Every_mysql_scheme_selects_the_mysql_dialect(string url, string scheme)
    {
        var parsed = DatabaseUrlParser.Parse(url, Source);

        Assert.Equal("mysql", DatabaseDialects.For(parsed).Name);
        Assert.Equal(scheme, parsed.Scheme);
        Assert.Equal("root", parsed.User);
        Assert.Null(parsed.Password);
        Assert.Equal("localhost", parsed.Host);
        Assert.Null(parsed.Port);
        Assert.Equal("mogan", parsed.Database);
    }

    [Fact]
    public void Credentials_port_database_and_query_are_percent_decoded()
    {
        var parsed = DatabaseUrlParser.Parse("mysql+pymysql://app%40prod:p%40ss%3Aw%2Frd%25@db.example:3307/inv%2Dentory?charset=utf8mb4&unix_socket=%2Frun%2Fmysqld.sock", Source);

        Assert.Equal("app@prod", parsed.User);
        Assert.Equal("p@ss:w/rd%", parsed.Password);
        Assert.Equal("db.example", parsed.Host);
        Assert.Equal(3307, parsed.Port);
        Assert.Equal("inv-entory", parsed.Database);
        Assert.Equal("utf8mb4", parsed.Query["charset"]);
        Assert.Equal("/run/mysqld.sock", parsed.Query["unix_socket"]);
    }

    [Fact]
    public void An_unencoded_at_sign_in_the_password_still_splits_at_the_last_one()
    {
        var parsed = DatabaseUrlParser.Parse("mysql://u:a@b@host/db", Source);

        Assert.Equal("a@b", parsed.Password);
        Assert.Equal("host", parsed.Host);
    }

    [Fact]
    public void The_printable_form_hides_the_password()
    {
        var parsed = DatabaseUrlParser.Parse("mysql+pymysql://admin:hunter2@db:3306/inventory?charset=utf8", Source);

        Assert.Equal("mysql+pymysql://admin:***@db:3306/inventory?charset=utf8", parsed.ToString());
    }

    [Theory]
    [InlineData("postgresql://u:hunter2@h/db", "unsupported database scheme 'postgresql'")]
    [InlineData("not a url hunter2", "not a database URL")]
    [InlineData("mysql://u:hunter2@h:0/db", "the port must be a number from 1 to 65535")]
    [InlineData("mysql://u:hunter2@h:http/db", "the port must be a number from 1 to 65535")]
    [InlineData("sqlite://host/db.sqlite", "an SQLite URL has no host")]
    [InlineData("mysql://u:hunter2@h/db?charset", "query parameter 'charset' has no value")]
    [InlineData("mysql://u:hunter2%zz@h/db", "the password has a '%' that does not start a %XX escape")]
    [InlineData("mysql://u:hunter2@h/inv%2", "the database has a '%' that does not start a %XX escape")]
    [InlineData("mysql://u:hunter2@h/db#frag", "'#' is not part of a database URL")]
    [InlineData("mysql://u:hunter2#x@h/db", "'#' is not part of a database URL")]
    public void Bad_urls_name_their_source_and_never_echo_the_url(string url, string reason)
    {
        var error = Assert.Throws<ConfigurationException>(() => DatabaseUrlParser.Parse(url, Source));

        Assert.StartsWith(Source + ": ", error.Message);
        Assert.Contains(reason, error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }
}
