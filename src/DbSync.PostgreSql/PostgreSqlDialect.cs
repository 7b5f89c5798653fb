using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Core.Sql;
using DbSync.Dialects;
using DbSync.Errors;
using DbSync.PostgreSql.Schema;
using DbSync.Schema;
using DbSync.Versioning;

namespace DbSync.PostgreSql;

/// <summary>
/// PostgreSQL (URLs postgresql://, postgresql+psycopg2://, postgresql+psycopg://, postgres://). Register it with
/// <c>DatabaseDialects.Register(PostgreSqlDialect.Instance)</c>; see <see cref="PostgreSqlConnectionSettings"/> for the
/// URL's query parameters and <see cref="PostgreSqlStepScope"/> for how versions are applied.
/// </summary>
public sealed class PostgreSqlDialect : DatabaseDialect
{
    public static readonly PostgreSqlDialect Instance = new();

    private PostgreSqlDialect()
    {
    }

    /// <summary>sqlalchemy-migrate's name (SQLAlchemy's engine.name); <see cref="ScriptDialects"/> adds the older "postgres".</summary>
    public override string Name => "postgresql";

    /// <summary>_postgresql_ scripts first, then _postgres_ ones (SQLAlchemy before 0.6 named the dialect so), then _default_.</summary>
    public override IReadOnlyList<string> ScriptDialects(DatabaseUrl url) => ScriptNames;

    private static readonly string[] ScriptNames = ["postgresql", "postgres"];

    /// <summary>The pg_advisory_lock key a run of <paramref name="repositoryId"/> holds: the first 8 bytes of SHA-256('dbsync:' + id).</summary>
    public static long RunLockKey(string repositoryId) => PostgreSqlRunLock.KeyFor(repositoryId);

    public override IReadOnlyList<string> UrlSchemes { get; } =
        ["postgresql", "postgresql+psycopg2", "postgresql+psycopg", "postgresql+pg8000", "postgresql+asyncpg", "postgres"];

    public override SqlSyntax Syntax => SqlSyntax.PostgreSql;

    public override OfflineScriptSyntax OfflineScript => PostgreSqlOfflineScriptSyntax.Instance;

    public override HistorySql History => PostgreSqlHistorySql.Instance;

    public override SchemaSupport Schema { get; } = new(PostgreSqlSchemaNormalizer.Instance, new PostgreSqlSchemaReader(),
        new PostgreSqlScratchDatabase(), new PostgreSqlSchemaRenderer());

    /// <summary>Reads the URL's settings once at configuration time, so a bad parameter fails before anything connects.</summary>
    public override void Validate(DatabaseUrl url, string source) => ReadAtConfiguration(() => PostgreSqlConnectionSettings.FromUrl(url), source);

    /// <summary>Connects within connect_timeout and checks that the search_path names a schema that exists.</summary>
    public override async Task<DatabaseSession> OpenAsync(DatabaseUrl url, bool readOnly, CancellationToken cancellationToken)
    {
        var settings = PostgreSqlConnectionSettings.FromUrl(url);
        var connection = await PostgreSqlConnectionOpener.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
        var session = new PostgreSqlSession(connection, settings);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT current_schema(), current_setting('search_path')";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (reader.IsDBNull(0))
            {
                throw new DbSyncException(ErrorCodes.Configuration, "no schema of the search_path '" + reader.GetString(1) + "' exists in database " + settings.Database
                    + " on " + settings.Endpoint + ": create the schema, or correct options=-csearch_path=... in the URL");
            }
        }
        catch (Exception e)
        {
            await session.DisposeAsync().ConfigureAwait(false);
            if (e is System.Data.Common.DbException)
            {
                throw PostgreSqlFailure.Wrap("cannot read the search_path of " + settings.Describe(), e, ErrorCodes.ConnectionFailed);
            }

            throw;
        }

        return session;
    }
}
