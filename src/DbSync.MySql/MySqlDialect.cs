using DbSync.Configuration;
using DbSync.Core.Repository;
using DbSync.Core.Sql;
using DbSync.Dialects;
using DbSync.Errors;
using DbSync.MySql.Cluster;
using DbSync.MySql.Schema;
using DbSync.MySql.Schema.Introspection;
using DbSync.Schema;
using DbSync.Versioning;

namespace DbSync.MySql;

/// <summary>
/// MySQL and MariaDB (URLs mysql://, mysql+pymysql://, mysql+mysqldb://, mariadb://). Register it with
/// <c>DatabaseDialects.Register(MySqlDialect.Instance)</c>; see <see cref="MySqlConnectionSettings"/> for the URL's
/// query parameters and <see cref="MySqlSession"/> for how versions are applied.
/// </summary>
public sealed class MySqlDialect : DatabaseDialect
{
    public static readonly MySqlDialect Instance = new();

    private MySqlDialect()
    {
    }

    public override string Name => "mysql";

    /// <summary>The GET_LOCK name a run on <paramref name="database"/> holds, for operators (SELECT IS_USED_LOCK(...)) and tests.</summary>
    public static string RunLockName(string database, string repositoryId) => MySqlRunLock.NameFor(database, repositoryId);

    /// <summary>The table of the lease a run holds on a Galera node (or with lock_mode=lease); its row is named as the GET_LOCK.</summary>
    public const string LeaseTableName = LeaseTable.TableName;

    public override IReadOnlyList<string> UrlSchemes { get; } =
        ["mysql", "mysql+pymysql", "mysql+mysqldb", "mysql+mysqlconnector", "mariadb", "mariadb+pymysql", "mariadb+mysqldb"];

    public override SqlSyntax Syntax => SqlSyntax.MySql;

    private static readonly IReadOnlyList<string> MariaDbScripts = [ScriptName.MariaDbDialect, ScriptName.MySqlDialect];
    private static readonly IReadOnlyList<string> MySqlScripts = [ScriptName.MySqlDialect];

    /// <summary>
    /// A mariadb:// or mariadb+driver:// URL runs _mariadb_ scripts, then _mysql_ ones (then _default_): the URL is
    /// where the user says which product it is, the same server answering either way.
    /// </summary>
    public override IReadOnlyList<string> ScriptDialects(DatabaseUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return IsMariaDbScheme(url.Scheme) ? MariaDbScripts : MySqlScripts;
    }

    private static bool IsMariaDbScheme(string scheme) =>
        scheme.Equals("mariadb", StringComparison.OrdinalIgnoreCase) || scheme.StartsWith("mariadb+", StringComparison.OrdinalIgnoreCase);

    public override SchemaSupport Schema { get; } =
        new(MySqlSchemaNormalizer.Instance, new MySqlSchemaIntrospector(), new MySqlScratchDatabase(), new MySqlSchemaRenderer());

    public override OfflineScriptSyntax OfflineScript => MySqlOfflineScriptSyntax.Instance;

    public override HistorySql History => MySqlHistorySql.Instance;

    /// <summary>Reads the URL's settings once at configuration time, so a bad parameter fails before anything connects.</summary>
    public override void Validate(DatabaseUrl url, string source) => ReadAtConfiguration(() => MySqlConnectionSettings.FromUrl(url), source);

    /// <summary>
    /// Connects within connect_timeout. Opening changes nothing, so read-only and read-write sessions are alike; on a
    /// Galera node the session's reads wait for the cluster (wsrep_sync_wait).
    /// </summary>
    public override async Task<DatabaseSession> OpenAsync(DatabaseUrl url, bool readOnly, CancellationToken cancellationToken)
    {
        var settings = MySqlConnectionSettings.FromUrl(url);
        var connection = await MySqlConnectionOpener.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
        bool galera;
        try
        {
            galera = await GaleraNode.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw MySqlFailure.Wrap("MySQL server at " + settings.Endpoint + ", reading wsrep_on", e);
        }

        return new MySqlSession(connection, settings, galera);
    }
}
