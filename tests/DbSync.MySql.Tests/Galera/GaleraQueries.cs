using System.Data.Common;
using System.Globalization;

namespace DbSync.MySql.Tests.Galera;

/// <summary>Reads of a test database on one node, as the test user, with wsrep_sync_wait so they see what the cluster committed.</summary>
internal static class GaleraQueries
{
    public static async Task<DbConnection> OpenAsync(GaleraCluster cluster, int node, string database)
    {
        var connection = await MySqlConnectionOpener.OpenAsync(MySqlConnectionSettings.FromUrl(Configuration.DatabaseUrlParser.Parse(cluster.Url(node, database), "test")),
            CancellationToken.None);
        await ExecuteAsync(connection, "SET SESSION wsrep_sync_wait = 1");
        return connection;
    }

    public static async Task<long> ScalarAsync(GaleraCluster cluster, int node, string database, string sql)
    {
        await using var connection = await OpenAsync(cluster, node, database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>"v:count" for each group of <paramref name="sql"/> (two columns), in order.</summary>
    public static async Task<string> PairsAsync(GaleraCluster cluster, int node, string database, string sql)
    {
        await using var connection = await OpenAsync(cluster, node, database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var pairs = new List<string>();
        while (await reader.ReadAsync())
        {
            pairs.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) + ":" + Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture));
        }

        return string.Join(" ", pairs);
    }

    public static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
