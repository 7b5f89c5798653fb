using DbSync.Dialects;
using DbSync.Schema;
using System.Data.Common;
using System.Globalization;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;

namespace DbSync.MySql.Schema.Introspection;

/// <summary>
/// Reads the schema of the connection's current database from information_schema: the server's flavour, then one
/// batch of seven queries (tables with their options, columns, index keys, foreign keys, checks, triggers, stored
/// programs), then SHOW CREATE for what information_schema does not spell (views, routines, events, partitioning,
/// FULLTEXT parsers). MariaDB and MySQL differ in how they report defaults and checks; both end up in the same model.
/// What the model cannot hold (sequences, index comments, other table options) is listed in
/// <see cref="DatabaseSchema.Unmodelled"/>.
/// </summary>
internal sealed class MySqlSchemaIntrospector : ISchemaReader
{
    private static readonly HashSet<string> NumericDataTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "float", "double", "bit", "year",
    };

    public Task<DatabaseSchema> ReadAsync(DatabaseSession session, SchemaFilter filter, CancellationToken cancellationToken) =>
        ReadAsync(session.Connection, filter, cancellationToken);

    private static async Task<DatabaseSchema> ReadAsync(DbConnection connection, SchemaFilter filter, CancellationToken cancellationToken)
    {
        bool mariaDb;
        await using (DbCommand version = connection.CreateCommand())
        {
            version.CommandText = "SELECT VERSION()";
            mariaDb = (Convert.ToString(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) ?? string.Empty)
                .Contains("MariaDB", StringComparison.OrdinalIgnoreCase);
        }

        var tables = new Dictionary<string, MySqlTableBuilder>(StringComparer.Ordinal);
        var unmodelled = new List<string>();
        var programs = new List<(string Name, string Kind)>();
        await using (DbCommand command = connection.CreateCommand())
        {
            command.CommandText = string.Join(";\n", MySqlCatalogQueries.For(mariaDb));
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await ReadAsync(reader, cancellationToken, row =>
            {
                string name = row.GetString(0);
                if (!filter.Includes(name))
                {
                    return;
                }

                if (string.Equals(Text(row, 1), "SEQUENCE", StringComparison.OrdinalIgnoreCase))
                {
                    unmodelled.Add("sequence " + name + " (MariaDB CREATE SEQUENCE)");
                    return;
                }

                tables[name] = new MySqlTableBuilder(name, MySqlTableOptionsReader.Read(row, name, unmodelled, out bool partitioned)) { IsPartitioned = partitioned };
            }).ConfigureAwait(false);

            await NextAsync(reader, cancellationToken).ConfigureAwait(false);
            await ReadAsync(reader, cancellationToken, row =>
            {
                if (tables.TryGetValue(row.GetString(0), out MySqlTableBuilder? table))
                {
                    table.Columns.Add(Column(row, table.Options, mariaDb));
                }
            }).ConfigureAwait(false);

            await NextAsync(reader, cancellationToken).ConfigureAwait(false);
            await ReadAsync(reader, cancellationToken, row =>
            {
                if (tables.TryGetValue(row.GetString(0), out MySqlTableBuilder? table))
                {
                    IndexRow(row, table, unmodelled);
                }
            }).ConfigureAwait(false);

            await NextAsync(reader, cancellationToken).ConfigureAwait(false);
            await ReadAsync(reader, cancellationToken, row =>
            {
                if (!tables.TryGetValue(row.GetString(0), out MySqlTableBuilder? table))
                {
                    return;
                }

                string name = row.GetString(1);
                if (!table.ForeignKeys.TryGetValue(name, out var key))
                {
                    key = ([], row.GetString(3), [], ReferentialActions.Parse(row.GetString(6)), ReferentialActions.Parse(row.GetString(5)));
                    table.ForeignKeys[name] = key;
                }

                key.Columns.Add(row.GetString(2));
                key.Referenced.Add(row.GetString(4));
            }).ConfigureAwait(false);

            await NextAsync(reader, cancellationToken).ConfigureAwait(false);
            await ReadAsync(reader, cancellationToken, row =>
            {
                if (tables.TryGetValue(row.GetString(0), out MySqlTableBuilder? table))
                {
                    table.Checks.Add(new CheckConstraintSchema(row.GetString(2), row.GetString(1)));
                }
            }).ConfigureAwait(false);

            await NextAsync(reader, cancellationToken).ConfigureAwait(false);
            await ReadAsync(reader, cancellationToken, row =>
            {
                if (tables.TryGetValue(row.GetString(0), out MySqlTableBuilder? table))
                {
                    string name = row.GetString(1);
                    table.Triggers.Add(new TriggerSchema(name, "CREATE TRIGGER " + MySqlDdl.Quote(name) + " " + row.GetString(2) + " " + row.GetString(3)
                        + " ON " + MySqlDdl.Quote(table.Name) + " FOR EACH ROW " + row.GetString(4)));
                }
            }).ConfigureAwait(false);

            await NextAsync(reader, cancellationToken).ConfigureAwait(false);
            await ReadAsync(reader, cancellationToken, row =>
            {
                if (filter.Includes(row.GetString(0)))
                {
                    programs.Add((row.GetString(0), row.GetString(1)));
                }
            }).ConfigureAwait(false);
        }

        foreach (MySqlTableBuilder table in tables.Values.Where(t => t.IsPartitioned || t.Indexes.Values.Any(i => i.Kind == IndexKind.FullText)))
        {
            await MySqlTableOptionsReader.ReadCreateTableAsync(connection, table, table.IsPartitioned, cancellationToken).ConfigureAwait(false);
        }

        var (views, routines) = await MySqlProgramReader.ReadAsync(connection, programs, unmodelled, cancellationToken).ConfigureAwait(false);
        return new DatabaseSchema(tables.Values.Select(t => t.Build())) { Views = views, Routines = routines, Unmodelled = unmodelled };
    }

    /// <summary>A column from its information_schema.COLUMNS row: character set and collation only where they differ from the table's.</summary>
    private static ColumnSchema Column(DbDataReader row, TableOptions table, bool mariaDb)
    {
        string extra = Text(row, 6) ?? string.Empty;
        string? collation = Text(row, 7);
        string? characterSet = Text(row, 8);
        string? comment = Text(row, 9);
        string? expression = Text(row, 10);
        GeneratedColumn? generated = expression != null && extra.Contains(" GENERATED", StringComparison.OrdinalIgnoreCase)
            ? new GeneratedColumn(expression, extra.Contains("STORED", StringComparison.OrdinalIgnoreCase) || extra.Contains("PERSISTENT", StringComparison.OrdinalIgnoreCase))
            : null;
        return new ColumnSchema(
            row.GetString(1),
            row.GetString(2),
            row.GetString(4) == "YES",
            generated == null ? Default(Text(row, 5), row.GetString(3), extra, mariaDb) : null,
            extra.Contains("auto_increment", StringComparison.OrdinalIgnoreCase),
            collation == null || string.Equals(collation, table.Collation, StringComparison.OrdinalIgnoreCase) ? null : collation,
            OnUpdate(extra),
            Generated: generated,
            Comment: string.IsNullOrEmpty(comment) ? null : comment,
            CharacterSet: characterSet == null || string.Equals(characterSet, table.CharacterSet, StringComparison.OrdinalIgnoreCase) ? null : characterSet);
    }

    /// <summary>
    /// One key of an index from its information_schema.STATISTICS row. A SPATIAL key reports a SUB_PART (32) that is
    /// no prefix anyone wrote, and a FULLTEXT key no order: neither counts.
    /// </summary>
    private static void IndexRow(DbDataReader row, MySqlTableBuilder table, List<string> unmodelled)
    {
        string index = row.GetString(1);
        IndexKind kind = (Text(row, 7) ?? string.Empty).ToUpperInvariant() switch
        {
            "FULLTEXT" => IndexKind.FullText,
            "SPATIAL" => IndexKind.Spatial,
            _ => IndexKind.Regular,
        };
        if (!table.Indexes.TryGetValue(index, out MySqlTableBuilder.IndexBuilder? builder))
        {
            builder = new MySqlTableBuilder.IndexBuilder(Convert.ToInt64(row.GetValue(2), CultureInfo.InvariantCulture) == 0, kind, Text(row, 8) == "YES");
            table.Indexes[index] = builder;
            if (!string.IsNullOrEmpty(Text(row, 9)))
            {
                unmodelled.Add("index " + index + " of table " + table.Name + " has a COMMENT");
            }
        }

        string? column = Text(row, 3);
        bool descending = Text(row, 4) == "D";
        int? prefix = kind == IndexKind.Regular && !row.IsDBNull(5) ? Convert.ToInt32(row.GetValue(5), CultureInfo.InvariantCulture) : null;
        builder.Columns.Add(column == null ? new IndexColumn(null, Text(row, 6) ?? string.Empty, descending) : new IndexColumn(column, null, descending, prefix));
    }

    /// <summary>
    /// The ON UPDATE expression from information_schema's EXTRA: "on update current_timestamp()" (MariaDB),
    /// "DEFAULT_GENERATED on update CURRENT_TIMESTAMP" (MySQL 8).
    /// </summary>
    private static string? OnUpdate(string extra)
    {
        const string Marker = "on update ";
        int at = extra.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : extra[(at + Marker.Length)..].Trim();
    }

    /// <summary>
    /// A default as an SQL expression. MariaDB (10.2.7+) reports one already ('x', 0, current_timestamp(), or NULL
    /// for none); MySQL reports literals unquoted and marks expressions DEFAULT_GENERATED.
    /// </summary>
    private static string? Default(string? reported, string dataType, string extra, bool mariaDb)
    {
        if (reported == null || (mariaDb && reported == "NULL"))
        {
            return null;
        }

        if (mariaDb)
        {
            return reported;
        }

        if (extra.Contains("DEFAULT_GENERATED", StringComparison.OrdinalIgnoreCase))
        {
            return reported.StartsWith("CURRENT_TIMESTAMP", StringComparison.OrdinalIgnoreCase) || reported.StartsWith('(') ? reported : "(" + reported + ")";
        }

        return NumericDataTypes.Contains(dataType) ? reported : "'" + reported.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    internal static string? Text(DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : Convert.ToString(row.GetValue(column), CultureInfo.InvariantCulture);

    private static async Task ReadAsync(DbDataReader reader, CancellationToken cancellationToken, Action<DbDataReader> row)
    {
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            row(reader);
        }
    }

    private static async Task NextAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        if (!await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException("information_schema batch returned fewer result sets than queries");
        }
    }
}
