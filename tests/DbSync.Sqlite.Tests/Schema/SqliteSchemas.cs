using DbSync.Core.Sql;
using DbSync.Sqlite;
using DbSync.Schema.Comparison;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;
using DbSync.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace DbSync.Sqlite.Tests.Schema;

/// <summary>In-memory SQLite databases for schema tests: created from SQL, introspected, changed by rendered scripts.</summary>
internal static class SqliteSchemas
{
    public static readonly SchemaFilter Filter = new("migrate_version");

    public static readonly SchemaComparer Comparer = new(SqliteSchemaNormalizer.Instance);

    /// <summary>An in-memory database holding <paramref name="sql"/>. Foreign keys are on, as in DbSync's sessions, unless turned off.</summary>
    public static async Task<SqliteConnection> OpenAsync(string sql = "", bool foreignKeys = true)
    {
        _ = SqliteDialect.Instance;
        var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
        foreach (SqlStatement statement in SqlScriptParser.Parse(sql, SqlSyntax.Sqlite).Statements)
        {
            await ExecuteAsync(connection, statement.Text);
        }

        return connection;
    }

    public static Task<DatabaseSchema> IntrospectAsync(SqliteConnection connection) =>
        SqliteDialect.Instance.Schema.IntrospectAsync(new SqliteSession(connection), Filter, CancellationToken.None);

    /// <summary>The schema <paramref name="sql"/> creates, read back from a database.</summary>
    public static async Task<DatabaseSchema> LoadAsync(string sql)
    {
        await using SqliteConnection connection = await OpenAsync(sql);
        return await IntrospectAsync(connection);
    }

    public static Task<SchemaDiff> DiffAsync(string fromSql, string toSql) => DiffAsync(LoadAsync(fromSql), LoadAsync(toSql));

    public static async Task<SchemaDiff> DiffAsync(Task<DatabaseSchema> from, Task<DatabaseSchema> to) => Comparer.Compare(await from, await to);

    /// <summary>Runs a rendered script the way DbSync runs a version on SQLite: split by DbSync's splitter, in one transaction.</summary>
    public static async Task RunScriptAsync(SqliteConnection connection, string script)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        foreach (SqlStatement statement in SqlScriptParser.Parse(script, SqlSyntax.Sqlite).Statements)
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement.Text;
            try
            {
                await command.ExecuteNonQueryAsync();
            }
            catch (SqliteException e)
            {
                throw new InvalidOperationException("statement at line " + statement.Line + " failed: " + e.Message + "\n" + statement.Text + "\n--- whole script ---\n" + script, e);
            }
        }

        await transaction.CommitAsync();
    }

    public static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every row of a table as text (SQLite's quote() of each value), in rowid order: to compare contents before and after.</summary>
    public static async Task<List<string>> RowsAsync(SqliteConnection connection, string table, IEnumerable<string> columns)
    {
        var names = columns.ToList();
        var rows = new List<string>();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT " + string.Join(" || '|' || ", names.Select(c => "quote(\"" + c + "\")")) + " FROM \"" + table + "\" ORDER BY "
            + string.Join(", ", names.Select(c => "\"" + c + "\""));
        await using SqliteDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
