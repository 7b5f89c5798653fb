using DbSync.Testing.Schema;
using DbSync.Configuration;
using DbSync.Core.Repository;
using DbSync.Migrations;
using DbSync.Schema;
using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Testing;
using DbSync.Testing.Databases;
using Snapshooter.Xunit3;

namespace DbSync.Sqlite.Tests.Schema;

/// <summary>
/// The sample repository (samples/inventory) on SQLite, seen through DbSync's schema model and kept as JSON snapshots in
/// __snapshots__/: every field that introspection fills in and every field of the operations the comparer finds, not
/// only what the other tests assert. A change in either (or in the sample) shows as a diff of a snapshot file, which
/// a reviewer accepts by committing the new snapshot; CI runs with SNAPSHOOTER_STRICT_MODE=on, where a missing snapshot
/// fails instead of being written. The SQL that autogenerate renders stays in the golden .sql files (Golden/).
/// </summary>
public sealed class SampleSchemaSnapshotTests : IDisposable
{
    private readonly TempDirectory _directory = new("dbsync-snapshot");

    private static MigrationRepository Sample => MigrationRepository.Load(RepositoryRoot.Combine("samples", "inventory", "migrations"));

    [Fact]
    public async Task The_sample_upgraded_to_its_latest_version_introspects_as_the_snapshot()
    {
        DatabaseUrl url = await UpgradedSampleAsync(revision: null);

        DatabaseSchema schema = await new SchemaService(Sample, url).IntrospectDatabaseAsync(TestContext.Current.CancellationToken);

        Snapshot.Match(schema);
    }

    [Fact]
    public async Task The_changes_from_version_1_of_the_sample_to_its_model_are_the_snapshot()
    {
        DatabaseUrl url = await UpgradedSampleAsync(revision: 1);
        var service = new SchemaService(Sample, url);

        SchemaDiff diff = SqliteSchemas.Comparer.Compare(
            await service.IntrospectDatabaseAsync(TestContext.Current.CancellationToken),
            await service.LoadModelAsync(TestContext.Current.CancellationToken));

        Snapshot.Match(SchemaDump.SnapshotOf(diff));
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>An SQLite file upgraded with the sample's scripts to <paramref name="revision"/> (null: the latest).</summary>
    private async Task<DatabaseUrl> UpgradedSampleAsync(long? revision)
    {
        var database = new SqliteTestDatabase(_directory.Path);
        DatabaseUrl url = DatabaseUrlParser.Parse(database.Url, "test");
        await new Migrator(Sample, url).UpgradeAsync(revision, TestContext.Current.CancellationToken);
        return url;
    }
}
