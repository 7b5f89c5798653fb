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

namespace DbSync.MySql.Tests.Schema;

/// <summary>
/// The sample repository (samples/inventory, with its MySQL scripts) on the private MariaDB server, seen through
/// DbSync's schema model and kept as JSON snapshots in __snapshots__/, as <see cref="SampleSchemaSnapshotTests"/> does
/// for SQLite: the types, defaults, collations, keys and triggers exactly as MariaDB reports them through the driver.
/// A change of driver or server that alters what introspection reads shows as a diff of these files.
/// </summary>
public sealed class MariaDbSampleSchemaSnapshotTests
{
    private static MigrationRepository Sample => MigrationRepository.Load(RepositoryRoot.Combine("samples", "inventory", "migrations"));

    [Fact]
    public async Task The_sample_upgraded_to_its_latest_version_introspects_as_the_snapshot()
    {
        await using var database = await MariaDbTestDatabase.CreateAsync();
        DatabaseUrl url = DatabaseUrlParser.Parse(database.Url, "test");
        await new Migrator(Sample, url).UpgradeAsync(cancellationToken: TestContext.Current.CancellationToken);

        DatabaseSchema schema = await new SchemaService(Sample, url).IntrospectDatabaseAsync(TestContext.Current.CancellationToken);

        Snapshot.Match(schema);
    }

    [Fact]
    public async Task The_changes_between_versions_1_and_4_of_the_sample_are_the_snapshot()
    {
        await using var version1 = await MariaDbTestDatabase.CreateAsync();
        await using var version4 = await MariaDbTestDatabase.CreateAsync();
        DatabaseUrl url1 = DatabaseUrlParser.Parse(version1.Url, "test");
        DatabaseUrl url4 = DatabaseUrlParser.Parse(version4.Url, "test");
        await new Migrator(Sample, url1).UpgradeAsync(1, TestContext.Current.CancellationToken);
        await new Migrator(Sample, url4).UpgradeAsync(4, TestContext.Current.CancellationToken);

        SchemaDiff diff = MariaDbSchemas.Comparer.Compare(
            await new SchemaService(Sample, url1).IntrospectDatabaseAsync(TestContext.Current.CancellationToken),
            await new SchemaService(Sample, url4).IntrospectDatabaseAsync(TestContext.Current.CancellationToken));

        Snapshot.Match(SchemaDump.SnapshotOf(diff));
    }
}
