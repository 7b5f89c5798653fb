using DbSync;
using DbSync.Core.Errors;
using Microsoft.Extensions.Logging;

// The database: the first argument or SELFMIGRATING_DATABASE, as a SQLAlchemy URL; by default a file beside the app.
string url = args.FirstOrDefault() ?? Environment.GetEnvironmentVariable("SELFMIGRATING_DATABASE") ?? "sqlite:///selfmigrating.db";
string repository = Path.Combine(AppContext.BaseDirectory, "migrations");

using ILoggerFactory logging = LoggerFactory.Create(builder => builder.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
var options = new DbSyncMigratorOptions
{
    Logger = logging.CreateLogger("DbSync"),
    Progress = new SynchronousProgress(p => Console.WriteLine("progress: " + p.Stage + " " + p.Step.From + " -> " + p.Step.To + " of " + p.TargetVersion)),
};

// One factory per dialect package: no reflection, so the app can be trimmed or published Native AOT.
DbSyncMigrator migrator = url.StartsWith("sqlite", StringComparison.Ordinal)
    ? DbSyncMigrator.ForSqlite(repository, url, options)
    : DbSyncMigrator.ForMySql(repository, url, options);

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

try
{
    // The start-up migration: the database is at the repository's latest version before the app touches it.
    var result = await migrator.UpgradeAsync(cancellationToken: stop.Token);
    Console.WriteLine("migrated " + migrator.Database.Split(' ')[0] + " from version " + result.StartVersion + " to " + result.EndVersion
        + " (" + result.Steps.Count + " versions applied)");
}
catch (DbSyncException e)
{
    // One line naming the script and line at fault, never a password.
    Console.Error.WriteLine(e.ToDiagnosticString());
    return 1;
}

long? version = await migrator.GetVersionAsync();
Console.WriteLine("database version: " + version + " (latest: " + migrator.Repository.Latest + ")");
return version == migrator.Repository.Latest ? 0 : 1;

/// <summary>Reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool, which would interleave the lines).</summary>
internal sealed class SynchronousProgress(Action<MigrationProgress> report) : IProgress<MigrationProgress>
{
    public void Report(MigrationProgress value) => report(value);
}
