using DbSync.Configuration;
using DbSync.Dialects;
using DbSync.Errors;

namespace DbSync.PostgreSql.Tests;

/// <summary>SQLAlchemy PostgreSQL URLs and libpq's query parameters, read without a server.</summary>
public sealed class PostgreSqlConnectionSettingsTests
{
    private static PostgreSqlConnectionSettings Read(string url) => PostgreSqlConnectionSettings.FromUrl(DatabaseUrlParser.Parse(url, "test"));

    [Theory]
    [InlineData("postgresql://app:s3cr%40t@db.example:6543/inventory")]
    [InlineData("postgresql+psycopg2://app:s3cr%40t@db.example:6543/inventory")]
    [InlineData("postgresql+psycopg://app:s3cr%40t@db.example:6543/inventory")]
    [InlineData("postgres://app:s3cr%40t@db.example:6543/inventory")]
    public void Every_scheme_reads_the_same_settings_percent_decoded(string url)
    {
        var settings = Read(url);

        Assert.Equal(("db.example", 6543, "app", "s3cr@t", "inventory"), (settings.Host, settings.Port, settings.User, settings.Password, settings.Database));
        Assert.Equal(PostgreSqlSslMode.Prefer, settings.SslMode);
        Assert.Equal(PostgreSqlConnectionSettings.DefaultConnectTimeoutSeconds, settings.ConnectTimeoutSeconds);
        Assert.Same(PostgreSqlDialect.Instance, DatabaseDialects.For(DatabaseUrlParser.Parse(url, "test")));
    }

    [Fact]
    public void Host_as_a_query_parameter_is_the_socket_directory()
    {
        var settings = Read("postgresql://app@/inventory?host=/var/run/postgresql&port=5433");

        Assert.True(settings.IsSocket);
        Assert.Equal(("/var/run/postgresql", 5433), (settings.Host, settings.Port));
        Assert.Equal("socket /var/run/postgresql (port 5433)", settings.Endpoint);
    }

    [Fact]
    public void No_host_is_libpqs_socket_and_no_database_is_the_user_name()
    {
        var settings = Read("postgresql://app@");

        Assert.Equal(PostgreSqlConnectionSettings.DefaultSocketDirectory, settings.Host);
        Assert.Equal("app", settings.Database);
    }

    [Fact]
    public void Sslmode_connect_timeout_options_and_application_name_are_read()
    {
        var settings = Read("postgresql://app:pw@db/inv?sslmode=verify-full&sslrootcert=/etc/ca.pem&connect_timeout=7&options=-csearch_path%3Dapp&application_name=deploy");

        Assert.Equal((PostgreSqlSslMode.VerifyFull, "/etc/ca.pem", 7, "-csearch_path=app", "deploy"),
            (settings.SslMode, settings.SslRootCert, settings.ConnectTimeoutSeconds, settings.Options, settings.ApplicationName));
    }

    [Theory]
    [InlineData("postgresql://app@db/inv?charset=utf8", "query parameter 'charset' is not supported")]
    [InlineData("postgresql://app@db/inv?sslmode=sometimes", "sslmode must be disable, allow, prefer, require, verify-ca or verify-full")]
    [InlineData("postgresql://app@db/inv?connect_timeout=0", "connect_timeout must be a whole number from 1 to 3600")]
    [InlineData("postgresql://app@db/inv?sslcert=/c.pem", "sslcert and sslkey go together")]
    [InlineData("postgresql://app@db:5432/inv?port=5433", "the port is given twice")]
    [InlineData("postgresql://app@db/inv?sslmode=disable&sslrootcert=/ca.pem", "sslmode=disable contradicts")]
    public void A_bad_parameter_is_an_error_naming_it_and_where_it_came_from(string url, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => DatabaseUrlParser.Parse(url, "[database] connection in app.conf"));

        Assert.StartsWith("[database] connection in app.conf: PostgreSQL connection URL: ", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Descriptions_never_show_the_password()
    {
        var url = DatabaseUrlParser.Parse("postgresql://app:s3cr%40t@db/inv", "test");

        Assert.DoesNotContain("s3cr", Read("postgresql://app:s3cr%40t@db/inv").ToString());
        Assert.DoesNotContain("s3cr", PostgreSqlDialect.Instance.Describe(url));
        Assert.Equal("postgresql://app@db/inv", PostgreSqlDialect.Instance.Describe(url));
    }
}
