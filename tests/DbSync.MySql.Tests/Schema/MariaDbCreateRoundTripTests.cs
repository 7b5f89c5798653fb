using System.Globalization;
using DbSync.MySql.Schema;
using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Testing.Schema;

namespace DbSync.MySql.Tests.Schema;

/// <summary>
/// The property "what is read is compared, what is compared is written" on MariaDB: a random schema, read from a
/// scratch database (the model), rendered as a create script, run on a fresh database and read again, is the model:
/// introspect(create(render(model))) == model, and the comparer finds nothing. Fixed seeds, plus one random seed
/// (printed on failure; DBSYNC_CREATE_ROUNDTRIP_SEED replays it).
/// </summary>
public sealed class MariaDbCreateRoundTripTests
{
    private const int FixedSeeds = 12;

    [Fact]
    public async Task A_random_schema_created_from_its_rendered_script_reads_back_as_the_model()
    {
        string? replay = Environment.GetEnvironmentVariable("DBSYNC_CREATE_ROUNDTRIP_SEED");
        IEnumerable<int> seeds = replay != null
            ? [int.Parse(replay, CultureInfo.InvariantCulture)]
            : Enumerable.Range(700_000, FixedSeeds).Append(Random.Shared.Next());
        foreach (int seed in seeds)
        {
            string sql = new RandomMySqlSchema(new Random(seed)).Generate();
            string? script = null;
            await using MariaDbSchemas database = await MariaDbSchemas.CreateAsync();
            try
            {
                DatabaseSchema model = await database.LoadAsync(sql);
                script = MySqlDialect.Instance.Schema.Render(MariaDbSchemas.Comparer.Compare(DatabaseSchema.Empty, model));
                await database.RunScriptAsync(script);
                DatabaseSchema actual = await database.IntrospectAsync();

                Assert.Equal(SchemaDump.Of(model, MySqlSchemaNormalizer.Instance), SchemaDump.Of(actual, MySqlSchemaNormalizer.Instance));
                Assert.Empty(MariaDbSchemas.Comparer.Compare(actual, model).Describe());
                Assert.Empty(actual.Unmodelled);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException("seed " + seed.ToString(CultureInfo.InvariantCulture) + " (replay with DBSYNC_CREATE_ROUNDTRIP_SEED="
                    + seed.ToString(CultureInfo.InvariantCulture) + "): " + e.Message + "\n--- schema ---\n" + sql + "\n--- create script ---\n" + script);
            }
        }
    }
}
