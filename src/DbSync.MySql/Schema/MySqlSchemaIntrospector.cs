using DbSync.Dialects;
using DbSync.Schema;
using System.Data.Common;
using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;

namespace DbSync.MySql.Schema;

/// <summary>
/// Reads the schema of the connection's current database from information_schema in two round trips: the server's
/// flavour, then one batch of six queries (tables, columns, index columns, foreign keys, checks, triggers).
/// MariaDB and MySQL differ in how they report defaults and checks; both end up in the same model.
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
            mariaDb = (Convert.ToString(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)
                .Contains("MariaDB", StringComparison.OrdinalIgnoreCase);
        }

        var tables = new Dictionary<string, TableBuilder>(StringComparer.Ordinal);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = string.Join(";\n",
            "SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'",
            "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLLATION_NAME"
            + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION",
            "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, SUB_PART, " + (mariaDb ? "NULL" : "EXPRESSION")
            + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
            "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE"
            + " FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
            + " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
            + " WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION",
            mariaDb
                ? "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"
                    + " ORDER BY TABLE_NAME, CONSTRAINT_NAME"
                : "SELECT t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE FROM information_schema.TABLE_CONSTRAINTS t JOIN information_schema.CHECK_CONSTRAINTS c"
                    + " ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                    + " WHERE t.TABLE_SCHEMA = DATABASE() AND t.CONSTRAINT_TYPE = 'CHECK' ORDER BY t.TABLE_NAME, c.CONSTRAINT_NAME",
            "SELECT EVENT_OBJECT_TABLE, TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT"
            + " FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY EVENT_OBJECT_TABLE, TRIGGER_NAME");
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);

        await ReadAsync(reader, cancellationToken, row =>
        {
            string name = row.GetString(0);
            if (filter.Includes(name))
            {
                tables[name] = new TableBuilder(name, Text(row, 1));
            }
        }).ConfigureAwait(false);

        await NextAsync(reader, cancellationToken).ConfigureAwait(false);
        await ReadAsync(reader, cancellationToken, row =>
        {
            if (!tables.TryGetValue(row.GetString(0), out TableBuilder? table))
            {
                return;
            }

            string extra = Text(row, 6) ?? string.Empty;
            if (extra.Contains("GENERATED", StringComparison.OrdinalIgnoreCase) && !extra.Contains("DEFAULT_GENERATED", StringComparison.OrdinalIgnoreCase))
            {
                throw new DbSyncException(ErrorCodes.NotSupported, "table " + table.Name + ": column " + row.GetString(1) + " is a generated column, which DbSync's schema comparison does not support yet");
            }

            string? collation = Text(row, 7);
            table.Columns.Add(new ColumnSchema(
                row.GetString(1),
                row.GetString(2),
                row.GetString(4) == "YES",
                Default(Text(row, 5), row.GetString(3), extra, mariaDb),
                extra.Contains("auto_increment", StringComparison.OrdinalIgnoreCase),
                collation == null || string.Equals(collation, table.Collation, StringComparison.OrdinalIgnoreCase) ? null : collation,
                OnUpdate(extra)));
        }).ConfigureAwait(false);

        await NextAsync(reader, cancellationToken).ConfigureAwait(false);
        await ReadAsync(reader, cancellationToken, row =>
        {
            if (!tables.TryGetValue(row.GetString(0), out TableBuilder? table))
            {
                return;
            }

            string index = row.GetString(1);
            if (!table.Indexes.TryGetValue(index, out var builder))
            {
                builder = (Convert.ToInt64(row.GetValue(2), System.Globalization.CultureInfo.InvariantCulture) == 0, []);
                table.Indexes[index] = builder;
            }

            string? column = Text(row, 3);
            bool descending = Text(row, 4) == "D";
            object prefix = row.GetValue(5);
            builder.Columns.Add(column == null
                ? new IndexColumn(null, Text(row, 6) ?? string.Empty, descending)
                : prefix is DBNull ? new IndexColumn(column, null, descending)
                : new IndexColumn(null, MySqlDdl.Quote(column) + "(" + Convert.ToString(prefix, System.Globalization.CultureInfo.InvariantCulture) + ")", descending));
        }).ConfigureAwait(false);

        await NextAsync(reader, cancellationToken).ConfigureAwait(false);
        await ReadAsync(reader, cancellationToken, row =>
        {
            if (!tables.TryGetValue(row.GetString(0), out TableBuilder? table))
            {
                return;
            }

            string name = row.GetString(1);
            if (!table.ForeignKeys.TryGetValue(name, out var key))
            {
                key = ([], row.GetString(3), [], Action(row.GetString(6)), Action(row.GetString(5)));
                table.ForeignKeys[name] = key;
            }

            key.Columns.Add(row.GetString(2));
            key.Referenced.Add(row.GetString(4));
        }).ConfigureAwait(false);

        await NextAsync(reader, cancellationToken).ConfigureAwait(false);
        await ReadAsync(reader, cancellationToken, row =>
        {
            if (tables.TryGetValue(row.GetString(0), out TableBuilder? table))
            {
                table.Checks.Add(new CheckConstraintSchema(row.GetString(2), row.GetString(1)));
            }
        }).ConfigureAwait(false);

        await NextAsync(reader, cancellationToken).ConfigureAwait(false);
        await ReadAsync(reader, cancellationToken, row =>
        {
            if (tables.TryGetValue(row.GetString(0), out TableBuilder? table))
            {
                string name = row.GetString(1);
                table.Triggers.Add(new TriggerSchema(name, "CREATE TRIGGER " + MySqlDdl.Quote(name) + " " + row.GetString(2) + " " + row.GetString(3)
                    + " ON " + MySqlDdl.Quote(table.Name) + " FOR EACH ROW " + row.GetString(4)));
            }
        }).ConfigureAwait(false);

        return new DatabaseSchema(tables.Values.Select(t => t.Build()));
    }

    /// <summary>
    /// A default as an SQL expression. MariaDB (10.2.7+) reports one already ('x', 0, current_timestamp(), or NULL
    /// for none); MySQL reports literals unquoted and marks expressions DEFAULT_GENERATED.
    /// </summary>
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

    /// <summary>InnoDB treats RESTRICT and NO ACTION alike (and reports RESTRICT when none was written): both are NO ACTION here.</summary>
    private static ReferentialAction Action(string rule) =>
        ReferentialActions.Parse(rule) is var action && action == ReferentialAction.Restrict ? ReferentialAction.NoAction : action;

    private static string? Text(DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : Convert.ToString(row.GetValue(column), System.Globalization.CultureInfo.InvariantCulture);

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

    private sealed class TableBuilder(string name, string? collation)
    {
        public string Name { get; } = name;
        public string? Collation { get; } = collation;
        public List<ColumnSchema> Columns { get; } = [];
        public Dictionary<string, (bool IsUnique, List<IndexColumn> Columns)> Indexes { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, (List<string> Columns, string Table, List<string> Referenced, ReferentialAction OnDelete, ReferentialAction OnUpdate)> ForeignKeys { get; } = new(StringComparer.Ordinal);
        public List<CheckConstraintSchema> Checks { get; } = [];
        public List<TriggerSchema> Triggers { get; } = [];

        public TableSchema Build()
        {
            PrimaryKeySchema? key = Indexes.TryGetValue("PRIMARY", out var primary) ? new PrimaryKeySchema(primary.Columns.Select(c => c.Name!).ToList()) : null;
            return new TableSchema(
                Name,
                Columns,
                key,
                [],
                Indexes.Where(i => i.Key != "PRIMARY").OrderBy(i => i.Key, StringComparer.OrdinalIgnoreCase)
                    .Select(i => new IndexSchema(i.Key, i.Value.Columns, i.Value.IsUnique)).ToList(),
                ForeignKeys.OrderBy(k => k.Key, StringComparer.Ordinal)
                    .Select(k => new ForeignKeySchema(k.Value.Columns, k.Value.Table, k.Value.Referenced, k.Value.OnDelete, k.Value.OnUpdate, k.Key)).ToList(),
                Checks,
                Triggers);
        }
    }
}
