using System.Data.Common;
using System.Globalization;
using DbSync.Configuration;
using DbSync.Core.Sql;
using DbSync.Dialects;
using DbSync.MySql.Schema;
using DbSync.Schema.Comparison;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;
using DbSync.Testing.Databases;

namespace DbSync.MySql.Tests.Schema;

/// <summary>
/// A fresh database on the private MariaDB server for schema tests (skipped where no server exists): schemas loaded
/// from SQL through DbSync's scratch databases, scripts run statement by statement as DbSync runs them.
/// </summary>
internal sealed class MariaDbSchemas : IAsyncDisposable
{
    public static readonly SchemaFilter Filter = new("migrate_version");

    public static readonly SchemaComparer Comparer = new(MySqlSchemaNormalizer.Instance);

    private MariaDbSchemas(MariaDbTestDatabase database)
    {
        Database = database;
        Url = DatabaseUrlParser.Parse(database.Url, "test");
    }

    public MariaDbTestDatabase Database { get; }

    public DatabaseUrl Url { get; }

    public static async Task<MariaDbSchemas> CreateAsync() => new(await MariaDbTestDatabase.CreateAsync());

    /// <summary>The schema <paramref name="sql"/> creates, read back from a scratch database (dropped afterwards).</summary>
    public async Task<DatabaseSchema> LoadAsync(string sql)
    {
        await using ScratchDatabase scratch = await MySqlDialect.Instance.Schema.CreateScratchAsync(Url, CancellationToken.None);
        foreach (SqlStatement statement in SqlScriptParser.Parse(sql, SqlSyntax.MySql).Statements)
        {
            await scratch.ExecuteAsync(statement.Text, CancellationToken.None);
        }

        return await MySqlDialect.Instance.Schema.IntrospectAsync(scratch.Session, Filter, CancellationToken.None);
    }

    public async Task<DatabaseSchema> IntrospectAsync()
    {
        await using DatabaseSession session = await DatabaseDialects.For(Url).OpenAsync(Url, readOnly: true, CancellationToken.None);
        return await MySqlDialect.Instance.Schema.IntrospectAsync(session, Filter, CancellationToken.None);
    }

    /// <summary>Runs a script split by DbSync's splitter (DELIMITER included), a statement at a time, foreign key checks on.</summary>
    public async Task RunScriptAsync(string script, bool foreignKeyChecks = true)
    {
        await using DbConnection connection = await Database.OpenAsync();
        if (!foreignKeyChecks)
        {
            await ExecuteAsync(connection, "SET FOREIGN_KEY_CHECKS = 0");
        }

        foreach (SqlStatement statement in SqlScriptParser.Parse(script, SqlSyntax.MySql).Statements)
        {
            try
            {
                await ExecuteAsync(connection, statement.Text);
            }
            catch (DbException e)
            {
                throw new InvalidOperationException("statement at line " + statement.Line + " failed: " + e.Message + "\n" + statement.Text + "\n--- whole script ---\n" + script, e);
            }
        }
    }

    /// <summary>Every row of a table as text, ordered by the columns: to compare contents before and after.</summary>
    public async Task<List<string>> RowsAsync(string table, IReadOnlyList<string> columns)
    {
        var rows = new List<string>();
        await using DbConnection connection = await Database.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT CONCAT_WS('|', " + string.Join(", ", columns.Select(c => "QUOTE(`" + c + "`)")) + ") FROM `" + table + "` ORDER BY "
            + string.Join(", ", columns.Select(c => "`" + c + "`"));
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return rows;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
