using DbSync.Configuration;
using DbSync.Core.Sql;
using DbSync.Core.Errors;
using DbSync.Dialects;
using DbSync.Errors;
using DbSync.Schema;
using DbSync.Versioning;
using DbSync.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace DbSync.Sqlite;

/// <summary>SQLite through Microsoft.Data.Sqlite and the bundled e_sqlite3 engine.</summary>
public sealed class SqliteDialect : DatabaseDialect
{
    public static readonly SqliteDialect Instance = new();

    /// <summary>How long a run waits for another run's write lock before giving up.</summary>
    private const int BusyTimeoutSeconds = 60;

    static SqliteDialect()
    {
        SQLitePCL.Batteries_V2.Init();
    }

    private SqliteDialect()
    {
    }

    public override string Name => "sqlite";

    public override IReadOnlyList<string> UrlSchemes { get; } = ["sqlite", "sqlite+pysqlite"];

    public override SqlSyntax Syntax => SqlSyntax.Sqlite;

    public override SchemaSupport Schema { get; } =
        new(SqliteSchemaNormalizer.Instance, new SqliteSchemaIntrospector(), new SqliteScratchDatabase(), new SqliteSchemaRenderer());

    public override OfflineScriptSyntax OfflineScript => SqliteOfflineScriptSyntax.Instance;

    public override HistorySql History => SqliteHistorySql.Instance;

    /// <summary>
    /// SQLAlchemy's forms: <c>sqlite://</c> in memory, <c>sqlite:///relative.db</c> relative to the current directory,
    /// <c>sqlite:////absolute.db</c>; no host, user or query parameter.
    /// </summary>
    public override void Validate(DatabaseUrl url, string source)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Host != null || url.User != null || url.Port != null)
        {
            throw new ConfigurationException(source + ": an SQLite URL has no host; write sqlite:///relative.db or sqlite:////absolute/path.db");
        }

        foreach (string key in url.Query.Keys)
        {
            throw new ConfigurationException(source + ": SQLite connection URL: query parameter '" + DatabaseUrl.ShownKey(key) + "' is not supported");
        }
    }

    /// <summary>The database file's full path, or "in-memory SQLite database".</summary>
    public override string Describe(DatabaseUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Database == null ? "in-memory SQLite database" : "SQLite database " + Path.GetFullPath(url.Database);
    }

    /// <summary>Whether the file exists (SQLAlchemy's rule: a relative path is relative to the current directory).</summary>
    public override bool Exists(DatabaseUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Database == null || File.Exists(Path.GetFullPath(url.Database));
    }

    public override async Task<DatabaseSession> OpenAsync(DatabaseUrl url, bool readOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        string? path = url.Database == null ? null : Path.GetFullPath(url.Database);
        bool exists = path != null && File.Exists(path);

        // A hot journal is a write that was interrupted (a killed run): SQLite rolls it back the first time the file is
        // opened for writing, and a read-only connection cannot read past it. Reading commands recover it, as sqlite3 does.
        bool recover = exists && readOnly && HasHotJournal(path!);
        var builder = new SqliteConnectionStringBuilder
        {
            // A read-only look at a file that does not exist is a look at an empty database: create nothing.
            DataSource = path == null || (readOnly && !exists) ? ":memory:" : path,
            Mode = readOnly && exists && !recover ? SqliteOpenMode.ReadOnly : recover ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = BusyTimeoutSeconds,

            // The bundled engine enforces foreign keys by default; the sqlite3 client and sqlalchemy-migrate do not,
            // and scripts written for them (rows inserted child-first, a parent table dropped and rebuilt) rely on that.
            ForeignKeys = false,
        };

        if (path != null && !readOnly && !Directory.Exists(Path.GetDirectoryName(path)))
        {
            throw new DbSyncException(ErrorCodes.ConnectionFailed, "cannot create SQLite database " + path + ": its directory does not exist");
        }

        var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var pragma = connection.CreateCommand())
            {
                // The engine's own busy handler waits for a concurrent run's lock instead of failing with SQLITE_BUSY.
                pragma.CommandText = "PRAGMA busy_timeout = " + (BusyTimeoutSeconds * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new DbSyncException(ErrorCodes.ConnectionFailed, "cannot open SQLite database " + (path ?? ":memory:") + ": " + e.Message
                + (recover ? " (it has the journal of an interrupted write, which only a writer can roll back: run DbSync as a user who can write the file and its folder)" : string.Empty),
                null, e);
        }

        return new SqliteSession(connection);
    }

    /// <summary>Whether a rollback journal with content (or a write-ahead log) sits beside the database file.</summary>
    private static bool HasHotJournal(string path)
    {
        var journal = new FileInfo(path + "-journal");
        return (journal.Exists && journal.Length > 0) || File.Exists(path + "-wal");
    }
}
