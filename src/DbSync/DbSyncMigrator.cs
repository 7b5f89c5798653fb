using System.Globalization;
using DbSync.Configuration;
using DbSync.Core.Errors;
using DbSync.Core.Repository;
using DbSync.Dialects;
using DbSync.Migrations;

namespace DbSync;

/// <summary>
/// DbSync as a library: moves one database between the versions of a migration repository, e.g. at application
/// start-up (as EF Core's <c>Database.MigrateAsync()</c> or DbUp's upgrade engine). Each dialect package adds its
/// factory, which names the dialect without reflection (trimming and Native AOT keep it):
/// <code>
/// var migrator = DbSyncMigrator.ForSqlite("migrations", "sqlite:///app.db", new() { Logger = logger });
/// await migrator.UpgradeAsync(cancellationToken: stoppingToken);
/// </code>
/// Every run takes the database's run lock (another instance starting at the same time waits), and cancellation takes
/// effect between statements, never inside one: an <see cref="OperationCanceledException"/> then says where the database was left.
/// </summary>
public sealed class DbSyncMigrator
{
    private readonly DatabaseUrl _url;
    private readonly DatabaseDialect _dialect;
    private readonly DbSyncMigratorOptions _options;

    /// <summary>A migrator for the database at <paramref name="connectionUrl"/> (a SQLAlchemy URL such as <c>sqlite:///app.db</c>) through <paramref name="dialect"/>.</summary>
    /// <param name="repositoryPath">The repository folder, which holds migrate.cfg and versions/.</param>
    /// <param name="connectionUrl">The database, as the CLI's <c>[database] connection</c>.</param>
    /// <param name="dialect">The database's dialect, e.g. DbSync.Sqlite's <c>SqliteDialect.Instance</c>.</param>
    /// <param name="options">Logging, progress and checks; null for the defaults.</param>
    /// <exception cref="DbSyncException">The repository cannot be loaded, or the URL is not one of <paramref name="dialect"/>'s.</exception>
    public DbSyncMigrator(string repositoryPath, string connectionUrl, DatabaseDialect dialect, DbSyncMigratorOptions? options = null)
        : this(repositoryPath, ParseFor(connectionUrl, dialect), dialect, options)
    {
    }

    /// <summary>A migrator for the database at <paramref name="url"/> through <paramref name="dialect"/>.</summary>
    /// <param name="repositoryPath">The repository folder, which holds migrate.cfg and versions/.</param>
    /// <param name="url">The database.</param>
    /// <param name="dialect">The database's dialect.</param>
    /// <param name="options">Logging, progress and checks; null for the defaults.</param>
    /// <exception cref="DbSyncException">The repository cannot be loaded, or the URL is not one of <paramref name="dialect"/>'s.</exception>
    public DbSyncMigrator(string repositoryPath, DatabaseUrl url, DatabaseDialect dialect, DbSyncMigratorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(repositoryPath);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(dialect);
        RequireScheme(url.Scheme, dialect);
        DatabaseDialects.Register(dialect);
        dialect.Validate(url, "the connection URL");
        _url = url;
        _dialect = dialect;
        _options = options ?? new DbSyncMigratorOptions();
        Repository = MigrationRepository.Load(repositoryPath);
    }

    /// <summary>A migrator for <paramref name="connectionUrl"/> through a dialect registered before with <see cref="DatabaseDialects.Register"/>.</summary>
    /// <param name="repositoryPath">The repository folder, which holds migrate.cfg and versions/.</param>
    /// <param name="connectionUrl">The database, as a SQLAlchemy URL.</param>
    /// <param name="options">Logging, progress and checks; null for the defaults.</param>
    /// <exception cref="DbSyncException">No dialect is registered for the URL's scheme, or the repository cannot be loaded.</exception>
    public static DbSyncMigrator Create(string repositoryPath, string connectionUrl, DbSyncMigratorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connectionUrl);
        DatabaseUrl url = DatabaseUrlParser.Parse(connectionUrl, "the connection URL");
        return new DbSyncMigrator(repositoryPath, url, DatabaseDialects.For(url), options);
    }

    /// <summary>The repository: its versions, <see cref="MigrationRepository.Latest"/> and migrate.cfg.</summary>
    public MigrationRepository Repository { get; }

    /// <summary>The database, for messages: its URL without the password, or an SQLite file's full path.</summary>
    public string Database => _dialect.Describe(_url);

    /// <summary>The database's version, or null when it is not under version control yet. Changes nothing.</summary>
    /// <param name="cancellationToken">Stops waiting for the database.</param>
    public Task<long?> GetVersionAsync(CancellationToken cancellationToken = default) =>
        Engine(null).GetVersionAsync(cancellationToken);

    /// <summary>
    /// Applies the upgrade scripts from the database's version to <paramref name="targetVersion"/> (null: the latest).
    /// A new database is put under version control first; one with tables but no version row is refused (DBS102).
    /// </summary>
    /// <param name="targetVersion">The version to reach; null for <see cref="MigrationRepository.Latest"/>.</param>
    /// <param name="cancellationToken">Stops the run between two statements.</param>
    /// <returns>Where the database was and is, and the versions applied.</returns>
    /// <exception cref="DbSyncException">A script failed (DBS103, with its file and line), the target is behind the database, or the database is unusable.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the message says at which version the database was left.</exception>
    public Task<MigrationResult> UpgradeAsync(long? targetVersion = null, CancellationToken cancellationToken = default)
    {
        long target = targetVersion ?? Repository.Latest;
        return CancellableAsync(Engine(target).UpgradeAsync(RevisionTarget.To(target), cancellationToken), cancellationToken);
    }

    /// <summary>Applies the downgrade scripts from the database's version down to <paramref name="targetVersion"/>.</summary>
    /// <param name="targetVersion">The version to reach, at or below the database's.</param>
    /// <param name="cancellationToken">Stops the run between two statements.</param>
    /// <returns>Where the database was and is, and the versions undone.</returns>
    /// <exception cref="DbSyncException">A script failed (DBS103), a downgrade script is missing, or the target is above the database.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the message says at which version the database was left.</exception>
    public Task<MigrationResult> DowngradeAsync(long targetVersion, CancellationToken cancellationToken = default) =>
        CancellableAsync(Engine(targetVersion).DowngradeAsync(RevisionTarget.To(targetVersion), cancellationToken), cancellationToken);

    /// <summary>
    /// The SQL an upgrade to <paramref name="targetVersion"/> would run, version-row updates included, for the database's
    /// own client (offline, as <c>dotnet dbsync upgrade --sql</c>). Runs nothing.
    /// </summary>
    /// <param name="targetVersion">The version the script reaches; null for the latest.</param>
    /// <param name="fromVersion">The version the script starts at; null to read it from the database (a new database: from nothing).</param>
    /// <param name="cancellationToken">Stops waiting for the database.</param>
    /// <returns>The script's text.</returns>
    public async Task<string> ScriptAsync(long? targetVersion = null, long? fromVersion = null, CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        await ScriptAsync(output, targetVersion, fromVersion, cancellationToken).ConfigureAwait(false);
        return output.ToString();
    }

    /// <summary>As <see cref="ScriptAsync(long?, long?, CancellationToken)"/>, written to <paramref name="output"/>.</summary>
    /// <param name="output">Where the script goes.</param>
    /// <param name="targetVersion">The version the script reaches; null for the latest.</param>
    /// <param name="fromVersion">The version the script starts at; null to read it from the database.</param>
    /// <param name="cancellationToken">Stops between versions.</param>
    /// <returns>The versions the script covers.</returns>
    public Task<OfflineScriptResult> ScriptAsync(TextWriter output, long? targetVersion = null, long? fromVersion = null, CancellationToken cancellationToken = default)
    {
        long target = targetVersion ?? Repository.Latest;
        return Engine(target).WriteUpgradeScriptAsync(output, RevisionTarget.To(target),
            fromVersion is long from ? OfflineScriptStart.At(from) : null, cancellationToken);
    }

    /// <summary>Parses <paramref name="connectionUrl"/> once <paramref name="dialect"/>, which must own its scheme, is registered (the parser finds dialects by scheme).</summary>
    private static DatabaseUrl ParseFor(string connectionUrl, DatabaseDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(connectionUrl);
        ArgumentNullException.ThrowIfNull(dialect);
        string trimmed = connectionUrl.Trim();
        int schemeEnd = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd > 0)
        {
            RequireScheme(trimmed[..schemeEnd], dialect);
        }

        DatabaseDialects.Register(dialect);
        return DatabaseUrlParser.Parse(connectionUrl, "the connection URL");
    }

    /// <summary>DBS123 unless <paramref name="scheme"/> is one of <paramref name="dialect"/>'s (never shows the rest of the URL, which may hold a password).</summary>
    private static void RequireScheme(string scheme, DatabaseDialect dialect)
    {
        if (!dialect.UrlSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase))
        {
            throw new DbSyncException(ErrorCodes.LibraryUsage, "the connection URL is a '" + (scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '_') ? scheme : "?")
                + "://' URL, not a " + dialect.Name + " one; use " + string.Join("://, ", dialect.UrlSchemes) + "://, or the factory of that database's package");
        }
    }

    /// <summary>The engine for one call, reporting to the options' logger and progress.</summary>
    private Migrator Engine(long? target) =>
        new(Repository, _url, new LibraryObserver(_options.Logger, target == null ? null : _options.Progress, target ?? 0), new MigrationOptions
        {
            SanityCheck = _options.SanityCheck,
            VerifySumFile = _options.VerifySumFile,
            LockTimeout = _options.LockTimeout,
        });

    /// <summary>The engine reports a cancelled run as DBS112 with where it stopped; a library caller expects an OperationCanceledException.</summary>
    private static async Task<MigrationResult> CancellableAsync(Task<MigrationResult> run, CancellationToken cancellationToken)
    {
        try
        {
            return await run.ConfigureAwait(false);
        }
        catch (DbSyncException e) when (e.Code == ErrorCodes.Interrupted && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(e.Message, e, cancellationToken);
        }
    }
}
