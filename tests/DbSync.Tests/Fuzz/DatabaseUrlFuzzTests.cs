using DbSync.Configuration;
using DbSync.Core.Tests.Fuzz;

namespace DbSync.Tests.Fuzz;

/// <summary>
/// Hostile `connection` URLs: every one is parsed or refused with a DbSyncException naming where it came from, and a
/// refusal never repeats the password. The dialects are registered as the CLI does (<see cref="RegisterDialects"/>).
/// </summary>
public sealed class DatabaseUrlFuzzTests
{
    private const string Password = "s3cr3tPW";

    private static readonly string[] Seeds =
    {
        "sqlite://", "sqlite:///:memory:", "sqlite:///inventory.db", "sqlite:////var/lib/app/inventory.db", "sqlite:///my%20db.sqlite",
        "mysql://root@localhost/mogan", "mysql+pymysql://app:" + Password + "@db.example:3306/inventory?charset=utf8mb4",
        "mysql+mysqldb://app:" + Password + "@/inventory?unix_socket=/run/mysqld/mysqld.sock", "mariadb://app:" + Password + "@[::1]:3307/x",
        "mysql://app:" + Password + "@db/inventory?ssl_mode=REQUIRED&connect_timeout=5&read_timeout=x",
    };

    private static readonly string[] Fragments =
    {
        "://", ":", "@", "/", "//", "?", "&", "=", "#", "%", "%2", "%zz", "%40", "%00", "[", "]", "::1", ":0", ":65536", ":-1", ":99999999999",
        "charset", "unix_socket", "ssl_mode", "connect_timeout", "localhost", "sqlite", "mysql", "mysql+pymysql", "postgresql", " ", "\t", "\n", "\0",
    };

    [Fact]
    public void Connection_urls_parse_or_are_refused_without_repeating_the_password()
    {
        FuzzHarness.Run("url", FuzzHarness.Mutations(Seeds, Fragments, 512), url =>
        {
            try
            {
                DatabaseUrlParser.Parse(url, "[database] connection in fuzz.conf line 2");
            }
            catch (Core.Errors.DbSyncException e) when (HoldsPasswordOnlyInItsField(url))
            {
                if (e.Message.Contains(Password, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("the error repeats the password: " + e.Message);
                }

                throw;
            }
        });
    }

    // Mutations can also put the password's text into the scheme or a name, which errors may repeat: only a URL whose
    // one copy of it sits in the password field (user:PASSWORD@) is judged.
    private static bool HoldsPasswordOnlyInItsField(string url)
    {
        int at = url.IndexOf(":" + Password + "@", StringComparison.Ordinal);
        int scheme = url.IndexOf("://", StringComparison.Ordinal);
        return at > scheme && scheme > 0 && url.IndexOf(Password, StringComparison.Ordinal) == at + 1
            && url.LastIndexOf(Password, StringComparison.Ordinal) == at + 1;
    }
}
