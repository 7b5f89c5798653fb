using DbSync.Core.Errors;
using DbSync.Errors;
using DbSync.Dialects;
using DbSync.Schema;
using DbSync.Schema.Introspection;
using DbSync.Schema.Model;
using Microsoft.Data.Sqlite;

namespace DbSync.Sqlite.Schema;

/// <summary>
/// Reads an SQLite schema in four queries, whatever the number of tables: sqlite_master, then the table_xinfo,
/// index_list/index_xinfo and foreign_key_list pragmas joined to it as table-valued functions. What no pragma reports
/// (COLLATE, AUTOINCREMENT, CHECK, generated column expressions, WITHOUT ROWID and STRICT, expression index keys,
/// partial index conditions) is read from the stored DDL. Views and virtual tables are kept as their CREATE statements,
/// in sqlite_master's order (the order they were created in); a virtual table's shadow tables are not tables of the model.
/// </summary>
internal sealed class SqliteSchemaIntrospector : ISchemaReader
{
    // rowid order is creation order: a view comes after the views it reads.
    private const string MasterQuery = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'trigger', 'view') ORDER BY rowid";

    // Virtual tables are left out of the pragmas: their module may not be loaded here ("no such module").
    private const string OrdinaryTables = "m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%'";

    private const string ColumnsQuery = $"""
        SELECT m.name, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
        FROM sqlite_master m JOIN pragma_table_xinfo(m.name) c
        WHERE {OrdinaryTables}
        ORDER BY m.name, c.cid
        """;

    private const string IndexesQuery = $"""
        SELECT m.name, l.name, l."unique", l.origin, x.cid, x.name, x."desc", x.coll
        FROM sqlite_master m JOIN pragma_index_list(m.name) l JOIN pragma_index_xinfo(l.name) x
        WHERE {OrdinaryTables} AND x.key = 1
        ORDER BY m.name, l.name, x.seqno
        """;

    private const string ForeignKeysQuery = $"""
        SELECT m.name, f.id, f."table", f."from", f."to", f.on_update, f.on_delete
        FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
        WHERE {OrdinaryTables}
        ORDER BY m.name, f.id, f.seq
        """;

    public Task<DatabaseSchema> ReadAsync(DatabaseSession session, SchemaFilter filter, CancellationToken cancellationToken) =>
        ReadAsync((SqliteConnection)session.Connection, filter, cancellationToken);

    private static async Task<DatabaseSchema> ReadAsync(SqliteConnection connection, SchemaFilter filter, CancellationToken cancellationToken)
    {
        var tables = new Dictionary<string, TableBuilder>(StringComparer.OrdinalIgnoreCase);
        var indexSql = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var triggers = new List<(string Table, TriggerSchema Trigger)>();
        var views = new List<ViewSchema>();
        var virtualTables = new List<VirtualTableSchema>();
        var unmodelled = new List<string>();
        await ReadAsync(connection, MasterQuery, cancellationToken, row =>
        {
            string type = row.GetString(0);
            string name = row.GetString(1);
            string table = row.GetString(2);
            string? sql = row.IsDBNull(3) ? null : row.GetString(3);
            if (type == "table" && filter.Includes(name) && sql != null && SqliteVirtualTables.IsVirtual(sql))
            {
                virtualTables.Add(SqliteVirtualTables.Read(name, sql));
            }
            else if (type == "table" && filter.Includes(name) && sql != null)
            {
                tables[name] = new TableBuilder(name, SqliteDefinitionParser.ParseTable(sql));
            }
            else if (type == "view" && filter.Includes(name) && sql != null)
            {
                views.Add(new ViewSchema(name, sql));
            }
            else if (type == "index" && sql != null)
            {
                indexSql[name] = sql;
            }
            else if (type == "trigger" && sql != null)
            {
                triggers.Add((table, new TriggerSchema(name, sql)));
            }
        }).ConfigureAwait(false);

        // A virtual table's shadow tables hold its data: they come and go with it (CREATE/DROP of the virtual table).
        foreach (string shadow in SqliteVirtualTables.ShadowTables(virtualTables))
        {
            tables.Remove(shadow);
        }

        foreach (VirtualTableSchema table in virtualTables.Where(t => !SqliteVirtualTables.IsKnownModule(t.Module)))
        {
            unmodelled.Add("virtual table " + table.Name + " uses the module '" + table.Module + "', whose shadow tables DbSync does not know (any it has are read as ordinary tables)");
        }

        // Attached once every table is known: a trigger may come before its table.
        foreach (var (table, trigger) in triggers)
        {
            if (tables.TryGetValue(table, out TableBuilder? owner))
            {
                owner.Triggers.Add(trigger);
            }
            else if (views.Any(v => string.Equals(v.Name, table, StringComparison.OrdinalIgnoreCase)))
            {
                unmodelled.Add("trigger " + trigger.Name + " on view " + table);
            }
        }

        await ReadAsync(connection, ColumnsQuery, cancellationToken, row =>
        {
            if (!tables.TryGetValue(row.GetString(0), out TableBuilder? table))
            {
                return;
            }

            string name = row.GetString(1);
            SqliteColumnDefinition definition = table.Definition.Column(name);

            // hidden 2 and 3: a VIRTUAL and a STORED generated column, whose expression only the CREATE TABLE text has.
            if (row.GetInt64(6) is 2 or 3 && definition.Generated == null)
            {
                throw new DbSyncException(ErrorCodes.NotSupported, "table " + table.Name + ": cannot read the expression of generated column " + name + " from its CREATE TABLE statement");
            }

            table.Columns.Add((new ColumnSchema(
                name,
                row.IsDBNull(2) ? string.Empty : row.GetString(2),
                row.GetInt64(3) == 0,
                row.IsDBNull(4) ? null : row.GetString(4),
                definition.IsAutoIncrement,
                definition.Collation,
                Generated: row.GetInt64(6) is 2 or 3 ? definition.Generated : null), (int)row.GetInt64(5)));
        }).ConfigureAwait(false);

        var indexes = new Dictionary<(string Table, string Index), IndexBuilder>();
        await ReadAsync(connection, IndexesQuery, cancellationToken, row =>
        {
            if (!tables.ContainsKey(row.GetString(0)))
            {
                return;
            }

            var key = (row.GetString(0), row.GetString(1));
            if (!indexes.TryGetValue(key, out IndexBuilder? index))
            {
                index = new IndexBuilder(key.Item2, row.GetInt64(2) == 1, row.GetString(3));
                indexes[key] = index;
            }

            index.Keys.Add((row.GetInt64(4), row.IsDBNull(5) ? null : row.GetString(5), row.GetInt64(6) == 1, row.IsDBNull(7) ? null : row.GetString(7)));
        }).ConfigureAwait(false);

        foreach (var ((tableName, _), index) in indexes)
        {
            TableBuilder table = tables[tableName];
            switch (index.Origin)
            {
                case "u":
                    table.Uniques.Add(new UniqueConstraintSchema(index.Keys.Select(k => k.Name ?? string.Empty).ToList()));
                    break;
                case "c":
                    table.Indexes.Add(BuildIndex(index, indexSql.GetValueOrDefault(index.Name), table));
                    break;
            }
        }

        var foreignKeys = new Dictionary<(string Table, long Id), ForeignKeyBuilder>();
        await ReadAsync(connection, ForeignKeysQuery, cancellationToken, row =>
        {
            if (!tables.ContainsKey(row.GetString(0)))
            {
                return;
            }

            var key = (row.GetString(0), row.GetInt64(1));
            if (!foreignKeys.TryGetValue(key, out ForeignKeyBuilder? foreignKey))
            {
                foreignKey = new ForeignKeyBuilder(row.GetString(2), ReferentialActions.Parse(row.GetString(6)), ReferentialActions.Parse(row.GetString(5)));
                foreignKeys[key] = foreignKey;
            }

            foreignKey.Columns.Add(row.GetString(3));
            foreignKey.ReferencedColumns.Add(row.IsDBNull(4) ? null : row.GetString(4));
        }).ConfigureAwait(false);

        foreach (var ((tableName, _), foreignKey) in foreignKeys)
        {
            tables[tableName].ForeignKeys.Add(foreignKey);
        }

        return new DatabaseSchema(tables.Values.Select(t => t.Build(tables)))
        {
            Views = views,
            VirtualTables = virtualTables,
            Unmodelled = unmodelled,
        };
    }

    private static IndexSchema BuildIndex(IndexBuilder index, string? sql, TableBuilder table)
    {
        var (keys, where) = sql == null ? ([], null) : SqliteDefinitionParser.ParseIndex(sql);
        var columns = new List<IndexColumn>();
        for (int i = 0; i < index.Keys.Count; i++)
        {
            var (cid, name, descending, collation) = index.Keys[i];

            // A key's collation is the column's unless COLLATE says otherwise: only a different one is the key's own.
            string inherited = (name == null ? null : table.Columns.FirstOrDefault(c => string.Equals(c.Column.Name, name, StringComparison.OrdinalIgnoreCase)).Column?.Collation) ?? "BINARY";
            string? own = collation == null || string.Equals(collation, inherited, StringComparison.OrdinalIgnoreCase) ? null : collation;

            // cid -2: an expression, whose text only the CREATE INDEX statement has.
            columns.Add(cid == -2 && i < keys.Count
                ? new IndexColumn(null, keys[i], descending, Collation: own)
                : new IndexColumn(name, null, descending, Collation: own));
        }

        return new IndexSchema(index.Name, columns, index.IsUnique, where);
    }

    private static async Task ReadAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, Action<SqliteDataReader> row)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            row(reader);
        }
    }

    private sealed class TableBuilder(string name, SqliteTableDefinition definition)
    {
        public string Name { get; } = name;
        public SqliteTableDefinition Definition { get; } = definition;
        public List<(ColumnSchema Column, int KeyPosition)> Columns { get; } = [];
        public List<UniqueConstraintSchema> Uniques { get; } = [];
        public List<IndexSchema> Indexes { get; } = [];
        public List<ForeignKeyBuilder> ForeignKeys { get; } = [];
        public List<TriggerSchema> Triggers { get; } = [];

        public IReadOnlyList<string> PrimaryKeyColumns =>
            Columns.Where(c => c.KeyPosition > 0).OrderBy(c => c.KeyPosition).Select(c => c.Column.Name).ToList();

        public TableSchema Build(IReadOnlyDictionary<string, TableBuilder> tables)
        {
            IReadOnlyList<string> key = PrimaryKeyColumns;
            var columns = Columns.Select(c => c.Column).ToList();
            if (key.Count == 1 && !Definition.Options.WithoutRowId)
            {
                // An INTEGER PRIMARY KEY is the rowid: never NULL, whether or not NOT NULL was written.
                int at = columns.FindIndex(c => c.Name == key[0]);
                if (string.Equals(columns[at].Type, "INTEGER", StringComparison.OrdinalIgnoreCase))
                {
                    columns[at] = columns[at] with { IsNullable = false };
                }
            }

            return new TableSchema(
                Name,
                columns,
                key.Count == 0 ? null : new PrimaryKeySchema(key),
                Uniques.OrderBy(u => string.Join(",", u.Columns), StringComparer.OrdinalIgnoreCase).ToList(),
                Indexes.OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase).ToList(),
                ForeignKeys.Select(f => f.Build(tables)).OrderBy(f => string.Join(",", f.Columns), StringComparer.OrdinalIgnoreCase).ThenBy(f => f.ReferencedTable, StringComparer.OrdinalIgnoreCase).ToList(),
                Definition.Checks,
                Triggers.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList())
            {
                Options = Definition.Options,
            };
        }
    }

    private sealed class IndexBuilder(string name, bool isUnique, string origin)
    {
        public string Name { get; } = name;
        public bool IsUnique { get; } = isUnique;
        public string Origin { get; } = origin;
        public List<(long Cid, string? Name, bool Descending, string? Collation)> Keys { get; } = [];
    }

    private sealed class ForeignKeyBuilder(string referencedTable, ReferentialAction onDelete, ReferentialAction onUpdate)
    {
        public List<string> Columns { get; } = [];
        public List<string?> ReferencedColumns { get; } = [];

        /// <summary>"REFERENCES items" without columns means the parent's primary key: resolved here, so both spellings compare equal.</summary>
        public ForeignKeySchema Build(IReadOnlyDictionary<string, TableBuilder> tables)
        {
            IReadOnlyList<string> referenced = ReferencedColumns.All(c => c != null)
                ? ReferencedColumns.Select(c => c!).ToList()
                : tables.TryGetValue(referencedTable, out TableBuilder? parent) ? parent.PrimaryKeyColumns : [];
            return new ForeignKeySchema(Columns, referencedTable, referenced, onDelete, onUpdate);
        }
    }
}
