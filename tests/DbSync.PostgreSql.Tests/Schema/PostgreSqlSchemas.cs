using DbSync.Configuration;
using DbSync.Core.Sql;
using DbSync.Dialects;
using DbSync.PostgreSql.Schema;
using DbSync.Schema.Comparison;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;
using DbSync.Testing.Databases;
using Npgsql;

namespace DbSync.PostgreSql.Tests.Schema;

/// <summary>A fresh database on the private PostgreSQL server for schema tests: schemas loaded from SQL through DbSync's scratch schemas, scripts run as DbSync splits them.</summary>
internal sealed class PostgreSqlSchemas(PostgreSqlTestDatabase database) : IAsyncDisposable
{
    public static readonly SchemaFilter Filter = new("migrate_version");

    public static readonly SchemaComparer Comparer = new(PostgreSqlSchemaNormalizer.Instance);

    public PostgreSqlTestDatabase Database { get; } = database;

    public DatabaseUrl Url { get; } = DatabaseUrlParser.Parse(database.Url, "test");

    public static async Task<PostgreSqlSchemas> CreateAsync() => new(await PostgreSqlTestDatabase.CreateAsync());

    /// <summary>The schema <paramref name="sql"/> creates, read back from a scratch schema (dropped afterwards).</summary>
    public async Task<DatabaseSchema> LoadAsync(string sql)
    {
        await using ScratchDatabase scratch = await PostgreSqlDialect.Instance.Schema.CreateScratchAsync(Url, CancellationToken.None);
        foreach (SqlStatement statement in SqlScriptParser.Parse(sql, SqlSyntax.PostgreSql).Statements)
        {
            await scratch.ExecuteAsync(statement.Text, CancellationToken.None);
        }

        return await PostgreSqlDialect.Instance.Schema.IntrospectAsync(scratch.Session, Filter, CancellationToken.None);
    }

    public async Task<DatabaseSchema> IntrospectAsync()
    {
        await using DatabaseSession session = await DatabaseDialects.For(Url).OpenAsync(Url, readOnly: true, CancellationToken.None);
        return await PostgreSqlDialect.Instance.Schema.IntrospectAsync(session, Filter, CancellationToken.None);
    }

    /// <summary>Runs a script in one transaction, as a version runs, split by DbSync's splitter.</summary>
    public async Task RunScriptAsync(string script)
    {
        await using NpgsqlConnection connection = await Database.OpenAsync();
        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync();
        foreach (SqlStatement statement in SqlScriptParser.Parse(script, SqlSyntax.PostgreSql).Statements)
        {
            try
            {
                await using var command = new NpgsqlCommand(statement.Text, connection, transaction);
                await command.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException e)
            {
                throw new InvalidOperationException("statement at line " + statement.Line + " failed: " + e.Message + "\n" + statement.Text + "\n--- whole script ---\n" + script, e);
            }
        }

        await transaction.CommitAsync();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
