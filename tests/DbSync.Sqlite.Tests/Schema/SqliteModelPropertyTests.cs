using System.Globalization;
using DbSync.Schema.Comparison;
using DbSync.Schema.Model;
using DbSync.Testing.Schema;
using DbSync.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace DbSync.Sqlite.Tests.Schema;

/// <summary>
/// What is read is compared, and what is compared is written: for random models (<see cref="SqliteModelGenerator"/>),
/// the create script rendered from the model, run on a fresh database and read back, is the model again: the comparer
/// finds no operation, and the tables, views and virtual tables read back are the model's. A fixed range of seeds runs
/// every time, and one random seed, printed when it fails (replay it with DBSYNC_MODEL_SEED).
/// </summary>
public sealed class SqliteModelPropertyTests
{
    private const int FixedSeeds = 200;

    public static TheoryData<int> Seeds()
    {
        string? replay = Environment.GetEnvironmentVariable("DBSYNC_MODEL_SEED");
        return replay != null
            ? new TheoryData<int>(int.Parse(replay, CultureInfo.InvariantCulture))
            : new TheoryData<int>(0, Random.Shared.Next(FixedSeeds, int.MaxValue));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task A_model_rendered_created_and_introspected_is_the_model_again(int start)
    {
        IEnumerable<int> seeds = start == 0 && Environment.GetEnvironmentVariable("DBSYNC_MODEL_SEED") == null ? Enumerable.Range(1, FixedSeeds) : [start];
        foreach (int seed in seeds)
        {
            DatabaseSchema model = new SqliteModelGenerator(new Random(seed)).Generate();
            string script = string.Empty;
            try
            {
                script = SqliteDialect.Instance.Schema.Render(SqliteSchemas.Comparer.Compare(DatabaseSchema.Empty, model));
                await using SqliteConnection connection = await SqliteSchemas.OpenAsync();
                await SqliteSchemas.RunScriptAsync(connection, script);
                DatabaseSchema read = await SqliteSchemas.IntrospectAsync(connection);

                SchemaDiff diff = SqliteSchemas.Comparer.Compare(model, read);
                Assert.True(diff.IsEmpty, "the database read back differs from the model:\n" + string.Join("\n", diff.Describe()));
                Assert.Equal(SchemaDump.Of(model, SqliteSchemaNormalizer.Instance), SchemaDump.Of(read, SqliteSchemaNormalizer.Instance));
                Assert.Equal(model.Tables.Select(t => (t.Name, t.Options)), read.Tables.Select(t => (t.Name, t.Options)));
                Assert.Equal(model.Tables.SelectMany(t => t.Columns).Select(c => c.Generated), read.Tables.SelectMany(t => t.Columns).Select(c => c.Generated));
                Assert.Equal(model.Views, read.Views);
                Assert.Equal(model.VirtualTables, read.VirtualTables);
                Assert.Empty(read.Unmodelled);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException || !e.Message.StartsWith("seed ", StringComparison.Ordinal))
            {
                throw new Xunit.Sdk.XunitException("seed " + seed.ToString(CultureInfo.InvariantCulture) + " (replay with DBSYNC_MODEL_SEED="
                    + seed.ToString(CultureInfo.InvariantCulture) + "): " + e.Message + "\n--- create script ---\n" + script);
            }
        }
    }
}
