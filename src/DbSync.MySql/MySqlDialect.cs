using DbSync.Configuration;
using DbSync.Core.Sql;
using DbSync.Dialects;
using DbSync.MySql.Schema;
using DbSync.Schema;

namespace DbSync.MySql;

/// <summary>
/// MySQL and MariaDB (URLs mysql://, mysql+pymysql://, mysql+mysqldb://, mariadb://). Register it with
/// <c>DatabaseDialects.Register(MySqlDialect.Instance)</c>; see <see cref="MySqlConnectionSettings"/> for the URL's
/// query parameters and <see cref="MySqlSession"/> for how versions are applied.
/// </summary>
public sealed class MySqlDialect : DatabaseDialect
{
    /// <summary>How long a run waits for another run on the same repository before giving up.</summary>
    public static readonly TimeSpan DefaultRunLockTimeout = TimeSpan.FromMinutes(5);

    public static readonly MySqlDialect Instance = new(DefaultRunLockTimeout);

    public MySqlDialect(TimeSpan runLockTimeout)
    {
        RunLockTimeout = runLockTimeout;
    }

    public TimeSpan RunLockTimeout { get; }

    public override string Name => "mysql";

    public override SqlSyntax Syntax => SqlSyntax.MySql;

    public override ISchemaDialect SchemaDialect => MySqlSchemaDialect.Instance;

    /// <summary>Connects within connect_timeout. Opening changes nothing, so read-only and read-write sessions are alike.</summary>
    public override async Task<DatabaseSession> OpenAsync(DatabaseUrl url, bool readOnly, CancellationToken cancellationToken)
    {
        var settings = MySqlConnectionSettings.FromUrl(url);
        var connection = await MySqlConnectionOpener.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
        return new MySqlSession(connection, settings, RunLockTimeout);
    }
}
