using System.Data.Common;
using DbSync.Dialects;
using DbSync.Schema;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;

namespace DbSync.PostgreSql.Schema;

/// <summary>
/// Reads the connection's current schema from the catalogs in one round trip (<see cref="PostgreSqlCatalogQueries"/>):
/// types as format_type spells them, defaults and checks as the server deparses them, serial columns as
/// autoincrement (their nextval is not a default), identity columns with their GENERATED clause, indexes with their
/// access method, INCLUDE columns, key collations and predicate, generated columns and comments; standalone sequences,
/// enum types and views (<see cref="PostgreSqlObjectReader"/>). What the model cannot hold (materialized views,
/// routines, domains, deferrable keys, ...) is listed in <see cref="DatabaseSchema.Unmodelled"/>, naming each object.
/// </summary>
internal sealed class PostgreSqlSchemaReader : ISchemaReader
{
    public async Task<DatabaseSchema> ReadAsync(DatabaseSession session, SchemaFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(filter);
        var tables = new Dictionary<uint, PostgreSqlTableBuilder>();
        var unmodelled = new List<string>();
        await using DbCommand command = session.Connection.CreateCommand();
        command.CommandText = string.Join(";\n", PostgreSqlCatalogQueries.Tables, PostgreSqlCatalogQueries.Columns, PostgreSqlCatalogQueries.Constraints,
            PostgreSqlCatalogQueries.IndexColumns, PostgreSqlCatalogQueries.Triggers, PostgreSqlCatalogQueries.Unmodelled,
            PostgreSqlObjectQueries.Sequences, PostgreSqlObjectQueries.EnumTypes, PostgreSqlObjectQueries.Views, PostgreSqlObjectQueries.ViewDependencies,
            PostgreSqlObjectQueries.Routines);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);

        await RowsAsync(reader, cancellationToken, row =>
        {
            string name = row.GetString(1);
            if (filter.Excludes(name) || row.GetBoolean(3))
            {
                return;
            }

            tables[Oid(row, 0)] = new PostgreSqlTableBuilder(name) { Comment = Text(row, 4) };

            if (row.GetString(2) == "p")
            {
                unmodelled.Add("table " + name + " is partitioned (PARTITION BY), which the model does not record");
            }
        }, next: true).ConfigureAwait(false);

        await RowsAsync(reader, cancellationToken, row =>
        {
            if (tables.TryGetValue(Oid(row, 0), out var table))
            {
                table.AddColumn(row.GetString(1), row.GetString(2), row.GetBoolean(3), Text(row, 4), row.GetString(5), row.GetString(6) == "s", Text(row, 7), row.GetBoolean(8), Text(row, 9));
            }
        }, next: true).ConfigureAwait(false);

        await RowsAsync(reader, cancellationToken, row =>
        {
            if (tables.TryGetValue(Oid(row, 0), out var table))
            {
                table.AddConstraint(row.GetString(1), row.GetString(2)[0], row.GetFieldValue<string[]>(3), row.GetString(4), Text(row, 5),
                    row.IsDBNull(6) ? [] : row.GetFieldValue<string[]>(6), Text(row, 7), Text(row, 8), row.GetBoolean(9), Text(row, 10), row.GetBoolean(11),
                    row.IsDBNull(12) || row.GetBoolean(12), unmodelled);
            }
        }, next: true).ConfigureAwait(false);

        await RowsAsync(reader, cancellationToken, row =>
        {
            if (tables.TryGetValue(Oid(row, 0), out var table))
            {
                table.AddIndexColumn(row.GetString(1), row.GetBoolean(2), row.GetString(3), row.GetInt16(4), (int)row.GetInt64(5), Text(row, 6), row.GetString(7),
                    row.GetBoolean(8), row.GetBoolean(9), row.GetBoolean(10), Text(row, 11), row.GetBoolean(12), Text(row, 13), unmodelled);
            }
        }, next: true).ConfigureAwait(false);

        await RowsAsync(reader, cancellationToken, row =>
        {
            if (tables.TryGetValue(Oid(row, 0), out var table))
            {
                table.Triggers.Add(new TriggerSchema(row.GetString(1), row.GetString(2)));
            }
        }, next: true).ConfigureAwait(false);

        await RowsAsync(reader, cancellationToken, row =>
        {
            if (!filter.Excludes(row.GetString(1)))
            {
                unmodelled.Add(row.GetString(0) + " " + row.GetString(1));
            }
        }, next: true).ConfigureAwait(false);

        var objects = new PostgreSqlObjectReader(filter, unmodelled);
        await objects.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
        return new DatabaseSchema(tables.Values.Select(t => t.Build()))
        {
            Views = objects.Views(), Sequences = objects.Sequences, EnumTypes = objects.EnumTypes, Routines = objects.Routines, Unmodelled = unmodelled,
        };
    }

    private static uint Oid(DbDataReader row, int column) => row.GetFieldValue<uint>(column);

    private static string? Text(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    internal static async Task RowsAsync(DbDataReader reader, CancellationToken cancellationToken, Action<DbDataReader> row, bool next)
    {
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            row(reader);
        }

        if (next && !await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException("the catalog batch returned fewer result sets than queries");
        }
    }
}
