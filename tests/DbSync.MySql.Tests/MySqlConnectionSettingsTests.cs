using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.MySql;

namespace DbSync.MySql.Tests;

public sealed class MySqlConnectionSettingsTests
{
    private static MySqlConnectionSettings Read(string url) => MySqlConnectionSettings.FromUrl(DatabaseUrlParser.Parse(url, "test"));

    private static string Refused(string url) => Assert.Throws<ConfigurationException>(() => Read(url)).Message;

    [Theory]
    [InlineData("mysql://u:pw@db.example:3307/app")]
    [InlineData("mysql+pymysql://u:pw@db.example:3307/app")]
    [InlineData("mysql+mysqldb://u:pw@db.example:3307/app")]
    [InlineData("mariadb://u:pw@db.example:3307/app")]
    public void Every_mysql_scheme_reads_user_password_host_port_and_database(string url)
    {
        var settings = Read(url);

        Assert.Equal(("u", "pw", "db.example", 3307, "app"), (settings.User, settings.Password, settings.Host, settings.Port, settings.Database));
        Assert.Equal("db.example:3307", settings.Endpoint);
    }

    [Fact]
    public void Without_host_or_socket_it_connects_to_localhost_3306_like_sqlalchemy()
    {
        var settings = Read("mysql+pymysql://u:pw@/app");

        Assert.Equal(("localhost", 3306, null), (settings.Host, settings.Port, settings.UnixSocket));
    }

    [Fact]
    public void Defaults_are_utf8mb4_a_15_second_connect_timeout_and_preferred_tls()
    {
        var settings = Read("mysql://u@h/app");

        Assert.Equal("utf8mb4", settings.Charset);
        Assert.Equal(15, settings.ConnectTimeoutSeconds);
        Assert.Equal(MySqlSslMode.Preferred, settings.SslMode);
        Assert.Null(settings.Password);
    }

    [Fact]
    public void A_percent_encoded_password_is_decoded()
    {
        Assert.Equal("p@ss:w/rd%", Read("mysql+pymysql://u:p%40ss%3Aw%2Frd%25@h/app").Password);
    }

    [Fact]
    public void Charset_is_taken()
    {
        Assert.Equal("utf8", Read("mysql+pymysql://u:pw@h/app?charset=utf8").Charset);
    }

    [Fact]
    public void Unix_socket_replaces_host_and_port()
    {
        var settings = Read("mysql+pymysql://u:pw@/app?unix_socket=/run/mysqld/mysqld.sock");

        Assert.Equal("/run/mysqld/mysqld.sock", settings.UnixSocket);
        Assert.Equal("socket /run/mysqld/mysqld.sock", settings.Endpoint);
    }

    [Fact]
    public void Connect_timeout_overrides_the_default()
    {
        Assert.Equal(3, Read("mysql://u@h/app?connect_timeout=3").ConnectTimeoutSeconds);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("soon")]
    public void A_connect_timeout_that_is_not_whole_seconds_is_refused(string value)
    {
        Assert.Contains("connect_timeout must be a whole number of seconds", Refused("mysql://u@h/app?connect_timeout=" + value));
    }

    [Theory]
    [InlineData("DISABLED", MySqlSslMode.Disabled)]
    [InlineData("preferred", MySqlSslMode.Preferred)]
    [InlineData("REQUIRED", MySqlSslMode.Required)]
    [InlineData("VERIFY_CA&ssl_ca=/ca.pem", MySqlSslMode.VerifyCa)]
    [InlineData("VERIFY_IDENTITY&ssl_ca=/ca.pem", MySqlSslMode.VerifyIdentity)]
    public void Ssl_mode_takes_the_mysql_client_names(string value, MySqlSslMode expected)
    {
        Assert.Equal(expected, Read("mysql://u@h/app?ssl_mode=" + value).SslMode);
    }

    [Fact]
    public void Ssl_files_require_tls_and_verify_the_server_with_the_ca_like_pymysql()
    {
        var settings = Read("mysql+pymysql://u@h/app?ssl_ca=/etc/ca.pem&ssl_cert=/etc/client.pem&ssl_key=/etc/client.key");

        Assert.Equal(("/etc/ca.pem", "/etc/client.pem", "/etc/client.key"), (settings.SslCa, settings.SslCert, settings.SslKey));
        Assert.Equal(MySqlSslMode.VerifyIdentity, settings.SslMode);
    }

    [Theory]
    [InlineData("ssl_ca=/ca.pem&ssl_check_hostname=false", MySqlSslMode.VerifyCa)]
    [InlineData("ssl_ca=/ca.pem&ssl_verify_cert=false", MySqlSslMode.Required)]
    [InlineData("ssl_verify_cert=false", MySqlSslMode.Required)]
    [InlineData("ssl_cert=/c.pem&ssl_key=/c.key", MySqlSslMode.Required)]
    public void Ssl_verify_cert_and_ssl_check_hostname_choose_how_much_is_checked(string query, MySqlSslMode expected)
    {
        Assert.Equal(expected, Read("mysql+pymysql://u@h/app?" + query).SslMode);
    }

    [Theory]
    [InlineData("ssl_cert=/c.pem", "ssl_cert and ssl_key go together")]
    [InlineData("ssl_mode=VERIFY_CA", "needs ssl_ca")]
    [InlineData("ssl_mode=sometimes", "ssl_mode must be DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY")]
    [InlineData("ssl_mode=DISABLED&ssl_ca=/ca.pem", "contradicts")]
    [InlineData("ssl_mode=REQUIRED&ssl_verify_cert=true", "either ssl_mode or ssl_verify_cert")]
    [InlineData("ssl_verify_cert=maybe", "ssl_verify_cert must be true or false")]
    [InlineData("charset=utf8;drop", "charset must be a character set name")]
    public void Contradictory_or_malformed_parameters_are_refused(string query, string expected)
    {
        Assert.Contains(expected, Refused("mysql://u@h/app?" + query));
    }

    [Theory]
    [InlineData("plugin")]
    [InlineData("read_default_file")]
    [InlineData("init_command")]
    [InlineData("ssl_cipher")]
    public void An_unsupported_parameter_is_an_error_naming_it(string key)
    {
        string message = Refused("mysql+pymysql://u:secret@h/app?charset=utf8&" + key + "=x");

        Assert.Contains("query parameter '" + key + "' is not supported", message);
        Assert.Contains("charset, unix_socket, connect_timeout", message);
        Assert.DoesNotContain("secret", message);
    }

    [Fact]
    public void A_url_without_a_database_is_refused()
    {
        Assert.Contains("no database named", Refused("mysql+pymysql://u:pw@h"));
    }

    [Fact]
    public void Settings_text_never_shows_the_password()
    {
        string text = Read("mysql+pymysql://u:s3cr%40t@h/app").ToString();

        Assert.DoesNotContain("s3cr", text);
        Assert.Contains("u:***@h:3306/app", text);
    }

    [Fact]
    public void Lock_mode_is_auto_unless_the_url_forces_the_lease()
    {
        Assert.Equal(MySqlLockMode.Auto, Read("mysql://u@h/app").LockMode);
        Assert.Equal(MySqlLockMode.Auto, Read("mysql://u@h/app?lock_mode=auto").LockMode);
        Assert.Equal(MySqlLockMode.Lease, Read("mysql://u@h/app?lock_mode=LEASE").LockMode);
        Assert.Contains("lock_mode must be auto", Refused("mysql://u@h/app?lock_mode=get_lock"));
    }
}
